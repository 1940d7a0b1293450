using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace CoachingDocs.Api.Storage;

/// <summary>
/// <see cref="IBlobStorage"/> over one Blob Storage container through the Azure SDK. Large outputs stream up in 4 MiB
/// blocks committed at the end, so a blob appears whole or not at all. Expiry is blob metadata ("expireson"), which the
/// sweeper reads when listing. The container is made on first write.
/// </summary>
public sealed class AzureBlobStorage(BlobContainerClient container) : IBlobStorage
{
    public const int BlockSize = 4 * 1024 * 1024;

    private static readonly StorageTransferOptions Transfer = new() { InitialTransferSize = BlockSize, MaximumTransferSize = BlockSize };
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private bool _created;

    public string ContainerName => container.Name;

    public async Task UploadAsync(string name, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken);
        var upload = new Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = options?.ContentType ?? BlobNames.DefaultContentType },
            Metadata = options?.ExpiresOn is { } expires
                ? new Dictionary<string, string> { [BlobNames.ExpiryMetadataName] = expires.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) }
                : null,
            TransferOptions = Transfer,
        };
        await Blob(name).UploadAsync(content, upload, cancellationToken);
    }

    public async Task<BlobDownload?> DownloadAsync(string name, CancellationToken cancellationToken = default)
    {
        BlobDownloadStreamingResult result;
        try
        {
            result = (await Blob(name).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
        var details = result.Details;
        var properties = new BlobItem(name, details.ContentLength, details.ContentType ?? BlobNames.DefaultContentType, Expiry(details.Metadata));
        return new BlobDownload(result.Content, properties);
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default) =>
        (await Blob(name).ExistsAsync(cancellationToken)).Value;

    public async Task<bool> DeleteIfExistsAsync(string name, CancellationToken cancellationToken = default) =>
        (await Blob(name).DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value;

    public async IAsyncEnumerable<BlobItem> GetBlobsAsync(string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A container nobody has written to yet holds nothing; only the listing's first page can say it does not exist.
        await using var blobs = container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await blobs.MoveNextAsync()) yield break;
            }
            catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                yield break;
            }
            var blob = blobs.Current;
            yield return new BlobItem(blob.Name, blob.Properties.ContentLength ?? 0,
                blob.Properties.ContentType is { Length: > 0 } type ? type : BlobNames.DefaultContentType, Expiry(blob.Metadata));
        }
    }

    private BlobClient Blob(string name) => container.GetBlobClient(BlobNames.Validate(name));

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_created) return;
        await _createLock.WaitAsync(cancellationToken);
        try
        {
            if (_created) return;
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
        finally
        {
            _createLock.Release();
        }
    }

    private static DateTimeOffset? Expiry(IDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(BlobNames.ExpiryMetadataName, out var value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
}
