namespace CoachingDocs.Api.Storage;

/// <summary>What to store with a blob: its media type and when it may be removed (null: kept until deleted).</summary>
public sealed record BlobUploadOptions(string? ContentType = null, DateTimeOffset? ExpiresOn = null);

/// <summary>A stored blob's name and properties.</summary>
public sealed record BlobItem(string Name, long Length, string ContentType, DateTimeOffset? ExpiresOn);

/// <summary>A blob being read: its content stream (owned by this object) and properties.</summary>
public sealed class BlobDownload(Stream content, BlobItem properties) : IAsyncDisposable, IDisposable
{
    public Stream Content { get; } = content;
    public BlobItem Properties { get; } = properties;

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public void Dispose() => Content.Dispose();
}
