using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CoachingDocs.Api.Storage;

/// <summary>
/// The default storage: blobs as files under <c>blobs/</c> in a folder, their properties beside them under
/// <c>meta/</c>. Writes go to <c>tmp/</c> first and are moved into place, so a blob is whole or absent.
/// </summary>
public sealed class LocalFolderStorage : IBlobStorage
{
    private readonly string _blobs;
    private readonly string _meta;
    private readonly string _temp;

    public LocalFolderStorage(string root)
    {
        Root = Path.GetFullPath(root);
        _blobs = Path.Combine(Root, "blobs");
        _meta = Path.Combine(Root, "meta");
        _temp = Path.Combine(Root, "tmp");
        Directory.CreateDirectory(_blobs);
        Directory.CreateDirectory(_meta);
        Directory.CreateDirectory(_temp);
    }

    public string Root { get; }

    public async Task UploadAsync(string name, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (blobPath, metaPath) = PathsFor(name);
        var temporary = Path.Combine(_temp, Guid.NewGuid().ToString("N"));
        try
        {
            long length;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                length = file.Length;
            }
            var properties = new StoredProperties(options?.ContentType ?? BlobNames.DefaultContentType, options?.ExpiresOn, length);
            Directory.CreateDirectory(Path.GetDirectoryName(blobPath)!);
            Directory.CreateDirectory(Path.GetDirectoryName(metaPath)!);
            var temporaryMeta = temporary + ".json";
            await File.WriteAllTextAsync(temporaryMeta, JsonSerializer.Serialize(properties), cancellationToken);
            File.Move(temporary, blobPath, overwrite: true);
            File.Move(temporaryMeta, metaPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(temporary + ".json");
        }
    }

    public async Task<BlobDownload?> DownloadAsync(string name, CancellationToken cancellationToken = default)
    {
        var (blobPath, _) = PathsFor(name);
        FileStream stream;
        try
        {
            // Delete sharing lets the expiry sweeper remove a blob someone is still downloading, as Azure would.
            stream = new FileStream(blobPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        var properties = await ReadPropertiesAsync(name, stream.Length, cancellationToken);
        return new BlobDownload(stream, properties);
    }

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathsFor(name).Blob));

    public Task<bool> DeleteIfExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        var (blobPath, metaPath) = PathsFor(name);
        var existed = File.Exists(blobPath);
        if (existed) File.Delete(blobPath);
        if (File.Exists(metaPath)) File.Delete(metaPath);
        return Task.FromResult(existed);
    }

    public async IAsyncEnumerable<BlobItem> GetBlobsAsync(string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var names = Directory.EnumerateFiles(_blobs, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(_blobs, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(name => prefix is null || name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(PathsFor(name).Blob);
            if (!info.Exists) continue; // deleted while listing
            yield return await ReadPropertiesAsync(name, info.Length, cancellationToken);
        }
    }

    private async Task<BlobItem> ReadPropertiesAsync(string name, long length, CancellationToken cancellationToken)
    {
        try
        {
            var json = await File.ReadAllTextAsync(PathsFor(name).Meta, cancellationToken);
            var stored = JsonSerializer.Deserialize<StoredProperties>(json)!;
            return new BlobItem(name, length, stored.ContentType, stored.ExpiresOn);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return new BlobItem(name, length, BlobNames.DefaultContentType, null);
        }
    }

    private (string Blob, string Meta) PathsFor(string name)
    {
        var relative = BlobNames.Validate(name).Replace('/', Path.DirectorySeparatorChar);
        return (Path.Combine(_blobs, relative), Path.Combine(_meta, relative + ".json"));
    }

    private sealed record StoredProperties(string ContentType, DateTimeOffset? ExpiresOn, long Length);
}
