using CoachingDocs.Api.Storage;
using Microsoft.Extensions.Logging;

namespace CoachingDocs.Functions.Jobs;

/// <summary>Removes every job, check and output whose expiry has passed, every 15 minutes (the local server's sweeper runs in-process instead).</summary>
public sealed class ExpiredOutputsSweepFunction(IBlobStorage storage, TimeProvider clock, ILogger<ExpiredOutputsSweepFunction> logger)
{
    public const string Name = "SweepExpiredOutputs";
    public const string Schedule = "0 */15 * * * *";

    [Function(Name)]
    public async Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var removed = await ExpiredBlobSweeper.SweepAsync(storage, clock.GetUtcNow(), cancellationToken);
        if (removed > 0) logger.LogInformation("Removed {Count} expired blobs", removed);
    }
}
