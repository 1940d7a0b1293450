namespace CoachingDocs.Api.Storage;

/// <summary>
/// Where jobs and their outputs are kept: a flat namespace of named blobs (names may contain '/'), each with a content
/// type and an optional expiry after which <see cref="ExpiredBlobSweeper"/> removes it. Shaped like the subset of the
/// Azure SDK's BlobContainerClient the product needs, so swapping in the SDK later is mechanical.
/// </summary>
public interface IBlobStorage
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="name"/>, replacing any blob of that name; all or nothing.</summary>
    Task UploadAsync(string name, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The blob's content and properties, or null when there is no such blob. Dispose the result.</summary>
    Task<BlobDownload?> DownloadAsync(string name, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>True when a blob was deleted, false when there was none.</summary>
    Task<bool> DeleteIfExistsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every blob whose name starts with <paramref name="prefix"/>, in ordinal name order.</summary>
    IAsyncEnumerable<BlobItem> GetBlobsAsync(string? prefix = null, CancellationToken cancellationToken = default);
}
