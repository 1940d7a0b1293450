namespace CoachingDocs.Api.Storage;

/// <summary>
/// Removes every blob whose expiry has passed: nothing is kept past its expiry. Runs every
/// <see cref="StorageSettings.SweepInterval"/> while the service runs, and once at start.
/// </summary>
public sealed class ExpiredBlobSweeper(IBlobStorage storage, StorageSettings settings, TimeProvider clock, ILogger<ExpiredBlobSweeper> logger)
    : BackgroundService
{
    public static async Task<int> SweepAsync(IBlobStorage storage, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var expired = new List<string>();
        await foreach (var blob in storage.GetBlobsAsync(null, cancellationToken))
            if (blob.ExpiresOn is { } expiry && expiry <= now)
                expired.Add(blob.Name);
        foreach (var name in expired)
            await storage.DeleteIfExistsAsync(name, cancellationToken);
        return expired.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.SweepInterval, clock);
        do
        {
            try
            {
                var removed = await SweepAsync(storage, clock.GetUtcNow(), stoppingToken);
                if (removed > 0)
                    logger.LogInformation("Removed {Count} expired blobs", removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Sweeping expired blobs failed; will retry");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
