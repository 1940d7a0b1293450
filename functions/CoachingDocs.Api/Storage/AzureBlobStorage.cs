using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;

namespace CoachingDocs.Api.Storage;

/// <summary>
/// <see cref="IBlobStorage"/> over the Blob service REST API (SharedKey auth, Polly retries). Uploads go in 4 MiB
/// blocks committed with one Put Block List, so a large output streams through, each block is retried on its own,
/// and the blob appears whole or not at all. Expiry is blob metadata ("expireson").
/// </summary>
public sealed class AzureBlobStorage : IBlobStorage
{
    public const int BlockSize = 4 * 1024 * 1024;

    private readonly StorageRestClient _client;
    private readonly Uri _container;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private bool _created;

    public AzureBlobStorage(HttpClient http, StorageConnectionString account, string container, TimeProvider? clock = null)
    {
        _client = new StorageRestClient(http, new SharedKeySigner(account.AccountName, account.AccountKey), clock ?? TimeProvider.System);
        _container = new Uri(account.BlobEndpoint, Uri.EscapeDataString(container));
        ContainerName = container;
    }

    public string ContainerName { get; }

    public async Task UploadAsync(string name, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken);
        var first = await ReadBlockAsync(content, cancellationToken);
        if (first.Length < BlockSize)
        {
            // Small enough for one Put Blob.
            using var put = await _client.SendAsync(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Put, BlobUri(name)) { Content = new ByteArrayContent(first) };
                request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
                AddProperties(request, options);
                return request;
            }, cancellationToken);
            await StorageRestClient.EnsureSuccessAsync(put, $"upload of {name}", cancellationToken);
            return;
        }

        var blockIds = new List<string>();
        for (var block = first; block.Length > 0; block = await ReadBlockAsync(content, cancellationToken))
        {
            var id = Convert.ToBase64String(Encoding.ASCII.GetBytes(blockIds.Count.ToString("D6", CultureInfo.InvariantCulture)));
            blockIds.Add(id);
            var data = block;
            using var put = await _client.SendAsync(
                () => new HttpRequestMessage(HttpMethod.Put, BlobUri(name, $"comp=block&blockid={Uri.EscapeDataString(id)}")) { Content = new ByteArrayContent(data) },
                cancellationToken);
            await StorageRestClient.EnsureSuccessAsync(put, $"upload of {name} (block {blockIds.Count})", cancellationToken);
        }
        var list = new XElement("BlockList", blockIds.Select(id => new XElement("Latest", id))).ToString(SaveOptions.DisableFormatting);
        using var commit = await _client.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, BlobUri(name, "comp=blocklist"))
            {
                Content = new StringContent("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + list, Encoding.UTF8, "application/xml"),
            };
            AddProperties(request, options);
            return request;
        }, cancellationToken);
        await StorageRestClient.EnsureSuccessAsync(commit, $"upload of {name} (commit)", cancellationToken);
    }

    public async Task<BlobDownload?> DownloadAsync(string name, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, BlobUri(name)), cancellationToken,
            HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            response.Dispose();
            return null;
        }
        try
        {
            await StorageRestClient.EnsureSuccessAsync(response, $"download of {name}", cancellationToken);
        }
        catch
        {
            response.Dispose();
            throw;
        }
        var headers = response.Content.Headers;
        var expires = response.Headers.TryGetValues("x-ms-meta-" + BlobNames.ExpiryMetadataName, out var values) ? ParseExpiry(values.First()) : null;
        var properties = new BlobItem(name, headers.ContentLength ?? -1, headers.ContentType?.ToString() ?? BlobNames.DefaultContentType, expires);
        return new BlobDownload(new ResponseStream(await response.Content.ReadAsStreamAsync(cancellationToken), response), properties);
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        using var response = await _client.SendAsync(() => new HttpRequestMessage(HttpMethod.Head, BlobUri(name)), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return false;
        await StorageRestClient.EnsureSuccessAsync(response, $"lookup of {name}", cancellationToken);
        return true;
    }

    public async Task<bool> DeleteIfExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        using var response = await _client.SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, BlobUri(name)), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return false;
        await StorageRestClient.EnsureSuccessAsync(response, $"delete of {name}", cancellationToken);
        return true;
    }

    public async IAsyncEnumerable<BlobItem> GetBlobsAsync(string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? marker = null;
        do
        {
            var query = "restype=container&comp=list&include=metadata"
                + (prefix is null ? "" : "&prefix=" + Uri.EscapeDataString(prefix))
                + (marker is null ? "" : "&marker=" + Uri.EscapeDataString(marker));
            using var response = await _client.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(_container + "?" + query)), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound && response.Headers.TryGetValues("x-ms-error-code", out var codes) && codes.Contains("ContainerNotFound"))
                yield break;
            await StorageRestClient.EnsureSuccessAsync(response, "listing", cancellationToken);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            foreach (var blob in xml.Root!.Element("Blobs")?.Elements("Blob") ?? [])
            {
                var properties = blob.Element("Properties");
                yield return new BlobItem(
                    blob.Element("Name")!.Value,
                    long.Parse(properties?.Element("Content-Length")?.Value ?? "0", CultureInfo.InvariantCulture),
                    properties?.Element("Content-Type")?.Value is { Length: > 0 } type ? type : BlobNames.DefaultContentType,
                    ParseExpiry(blob.Element("Metadata")?.Element(BlobNames.ExpiryMetadataName)?.Value));
            }
            marker = xml.Root.Element("NextMarker")?.Value is { Length: > 0 } next ? next : null;
        }
        while (marker is not null);
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_created) return;
        await _createLock.WaitAsync(cancellationToken);
        try
        {
            if (_created) return;
            using var response = await _client.SendAsync(
                () => new HttpRequestMessage(HttpMethod.Put, new Uri(_container + "?restype=container")), cancellationToken);
            if (response.StatusCode != HttpStatusCode.Conflict)
                await StorageRestClient.EnsureSuccessAsync(response, $"creating container {ContainerName}", cancellationToken);
            _created = true;
        }
        finally
        {
            _createLock.Release();
        }
    }

    private Uri BlobUri(string name, string? query = null)
    {
        var path = string.Join('/', BlobNames.Validate(name).Split('/').Select(Uri.EscapeDataString));
        return new Uri(_container + "/" + path + (query is null ? "" : "?" + query));
    }

    private static void AddProperties(HttpRequestMessage request, BlobUploadOptions? options)
    {
        request.Headers.TryAddWithoutValidation("x-ms-blob-content-type", options?.ContentType ?? BlobNames.DefaultContentType);
        if (options?.ExpiresOn is { } expires)
            request.Headers.TryAddWithoutValidation("x-ms-meta-" + BlobNames.ExpiryMetadataName, expires.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        request.Content ??= new ByteArrayContent([]);
    }

    private static DateTimeOffset? ParseExpiry(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;

    private static async Task<byte[]> ReadBlockAsync(Stream content, CancellationToken cancellationToken)
    {
        var buffer = new byte[BlockSize];
        var read = await content.ReadAtLeastAsync(buffer, BlockSize, throwOnEndOfStream: false, cancellationToken);
        return read == BlockSize ? buffer : buffer[..read];
    }

    /// <summary>Keeps the HTTP response alive while its body is read, and disposes it with the stream.</summary>
    private sealed class ResponseStream(Stream inner, HttpResponseMessage response) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => response.Content.Headers.ContentLength ?? throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                response.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
