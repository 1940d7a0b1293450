using System.Runtime;

namespace CoachingDocs.Api.Hosting;

/// <summary>
/// Gives memory back to the container once a burst of large checks is over. The GC frees objects when it runs, but an
/// idle server allocates nothing, so nothing makes it run: after four 14 MB uploads the server once held 1.1-2.3 GB
/// for good. Every few seconds this looks at how much was allocated since the last look; when almost nothing was
/// (the server is idle) and the heap still commits more than <see cref="CommittedThresholdBytes"/>, one aggressive,
/// compacting collection returns the free pages to the system.
/// </summary>
public sealed class IdleMemoryRelease : BackgroundService
{
    public const long CommittedThresholdBytes = 192L * 1024 * 1024;
    private const long IdleAllocationBytes = 4L * 1024 * 1024;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = GC.GetTotalAllocatedBytes();
            var idle = now - allocated < IdleAllocationBytes;
            allocated = now;
            if (!idle || GC.GetGCMemoryInfo().TotalCommittedBytes < CommittedThresholdBytes) continue;
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            allocated = GC.GetTotalAllocatedBytes();
        }
    }
}
