namespace CoachingDocs.Api.Hosting;

/// <summary>
/// Cohort jobs and checks assemble their zip in a temporary file opened DeleteOnClose, so a failure removes it; a killed
/// process (SIGKILL, a crashed container) cannot, and left 41-191 MB files in the temp folder for good. At start-up this
/// removes the service's own temporary zips (<c>coachingdocs-*.zip</c>) that nobody has written for
/// <see cref="StaleAfter"/>: a live job writes its file continuously, so only orphans are that old.
/// </summary>
public sealed class TemporaryFileSweeper(ILogger<TemporaryFileSweeper> logger) : IHostedService
{
    public const string Pattern = "coachingdocs-*.zip";
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var removed = Sweep(Path.GetTempPath(), DateTime.UtcNow - StaleAfter);
        if (removed > 0) logger.LogInformation("Removed {Count} temporary cohort zip(s) left by an earlier run", removed);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static int Sweep(string folder, DateTime writtenBeforeUtc)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, Pattern, SearchOption.TopDirectoryOnly))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) >= writtenBeforeUtc) continue;
                File.Delete(file);
                removed++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another process's file, or one being removed as we look: not ours to insist on.
            }
        }
        return removed;
    }
}
