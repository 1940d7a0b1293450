using CoachingDocs.Api.Storage;
using CoachingDocs.Core.Cohorts;

namespace CoachingDocs.Api.Jobs;

/// <summary>A job's learner checkpoints as blobs under jobs/{id}/checkpoints/, expiring with the job.</summary>
public sealed class BlobCohortCheckpoints(IBlobStorage storage, string prefix, DateTimeOffset expiresOn) : ICohortCheckpoints
{
    public async Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var download = await storage.DownloadAsync(prefix + key + ".zip", cancellationToken);
        return download?.Content;
    }

    public Task SaveAsync(string key, Stream pack, CancellationToken cancellationToken) =>
        storage.UploadAsync(prefix + key + ".zip", pack, new BlobUploadOptions("application/zip", expiresOn), cancellationToken);
}
