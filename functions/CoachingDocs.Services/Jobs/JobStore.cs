using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoachingDocs.Api.Storage;

namespace CoachingDocs.Api.Jobs;

/// <summary>
/// Job records in <see cref="IBlobStorage"/>, each stored with the job's expiry. Updates are read-modify-write under a
/// per-job lock in this process; in queue mode several instances may write, so the fields they share (progress) are
/// derived from blobs instead (see <see cref="CohortJobService.GetAsync"/>).
/// </summary>
public sealed class JobStore(IBlobStorage storage, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new();

    public IBlobStorage Storage => storage;

    public async Task SaveAsync(CohortJob job, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(job, Json));
        await storage.UploadAsync(JobBlobNames.Record(job.Id), content, new BlobUploadOptions("application/json", job.ExpiresOn), cancellationToken);
    }

    /// <summary>The job, or null when there is none or it has expired (an expired job is gone even before the sweeper runs).</summary>
    public async Task<CohortJob?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!JobBlobNames.IsJobId(id)) return null;
        await using var download = await storage.DownloadAsync(JobBlobNames.Record(id), cancellationToken);
        if (download is null) return null;
        var job = await JsonSerializer.DeserializeAsync<CohortJob>(download.Content, Json, cancellationToken);
        return job is null || job.ExpiresOn <= clock.GetUtcNow() ? null : job;
    }

    /// <summary>Applies <paramref name="change"/> to the stored job; returns the new record, or null when the job is gone.</summary>
    public Task<CohortJob?> UpdateAsync(string id, Func<CohortJob, CohortJob> change, CancellationToken cancellationToken) =>
        UpdateAsync(id, owner: null, change, cancellationToken);

    /// <summary>
    /// As <see cref="UpdateAsync(string, Func{CohortJob, CohortJob}, CancellationToken)"/> for the key that made the job
    /// (<paramref name="owner"/>) only: null, and nothing written, when another key made it.
    /// </summary>
    public async Task<CohortJob?> UpdateAsync(string id, string? owner, Func<CohortJob, CohortJob> change, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await GetAsync(id, cancellationToken) is not { } job) return null;
            if (owner is not null && !string.Equals(job.Owner, owner, StringComparison.Ordinal)) return null;
            var changed = change(job);
            await SaveAsync(changed, cancellationToken);
            return changed;
        }
        finally
        {
            gate.Release();
        }
    }

    public async IAsyncEnumerable<string> ListIdsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var blob in storage.GetBlobsAsync("jobs/", cancellationToken))
            if (blob.Name.EndsWith("/job.json", StringComparison.Ordinal) && blob.Name.Split('/') is [_, var id, _] && JobBlobNames.IsJobId(id))
                yield return id;
    }

    public async Task<int> CountAsync(string prefix, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in storage.GetBlobsAsync(prefix, cancellationToken)) count++;
        return count;
    }
}
