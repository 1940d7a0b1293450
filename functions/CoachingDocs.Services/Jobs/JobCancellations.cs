using System.Collections.Concurrent;

namespace CoachingDocs.Api.Jobs;

/// <summary>Cancellation sources of the jobs running in this process, so a cancel request stops them at once.</summary>
public sealed class JobCancellations
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new();

    public CancellationTokenSource Register(string jobId, CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _running[jobId] = source;
        return source;
    }

    public void Unregister(string jobId)
    {
        if (_running.TryRemove(jobId, out var source)) source.Dispose();
    }

    public void Cancel(string jobId)
    {
        if (_running.TryGetValue(jobId, out var source))
            try { source.Cancel(); } catch (ObjectDisposedException) { }
    }
}
