using System.Text;
using CoachingDocs.Api.Storage;

namespace CoachingDocs.Api.Tests.Storage;

/// <summary>The behaviour every <see cref="IBlobStorage"/> must have; run against the local folder and against Azurite.</summary>
public abstract class BlobStorageContract
{
    protected abstract IBlobStorage Storage { get; }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<string> ReadAll(BlobDownload download)
    {
        await using (download)
        using (var reader = new StreamReader(download.Content))
            return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task Upload_then_download_returns_content_and_properties()
    {
        var expires = new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);
        await Storage.UploadAsync("jobs/a b/ü.txt", Text("hello"), new BlobUploadOptions("text/plain", expires));

        var download = await Storage.DownloadAsync("jobs/a b/ü.txt");
        Assert.NotNull(download);
        Assert.Equal(("jobs/a b/ü.txt", 5L, "text/plain", (DateTimeOffset?)expires),
            (download.Properties.Name, download.Properties.Length, download.Properties.ContentType, download.Properties.ExpiresOn));
        Assert.Equal("hello", await ReadAll(download));
    }

    [Fact]
    public async Task Upload_replaces_an_existing_blob_and_its_properties()
    {
        await Storage.UploadAsync("x.bin", Text("first"), new BlobUploadOptions("text/plain", DateTimeOffset.UtcNow.AddDays(1)));
        await Storage.UploadAsync("x.bin", Text("second!"));

        var download = await Storage.DownloadAsync("x.bin");
        Assert.Equal(BlobNames.DefaultContentType, download!.Properties.ContentType);
        Assert.Null(download.Properties.ExpiresOn);
        Assert.Equal("second!", await ReadAll(download));
    }

    [Fact]
    public async Task Large_content_streams_through_intact()
    {
        var data = new byte[AzureBlobStorage.BlockSize * 2 + 12345];
        new Random(42).NextBytes(data);
        await Storage.UploadAsync("big/output.zip", new MemoryStream(data), new BlobUploadOptions("application/zip"));

        await using var download = await Storage.DownloadAsync("big/output.zip");
        var copy = new MemoryStream();
        await download!.Content.CopyToAsync(copy);
        Assert.Equal(data, copy.ToArray());
        Assert.Equal(data.Length, download.Properties.Length);
    }

    [Fact]
    public async Task Missing_blobs_are_reported_as_missing_not_as_errors()
    {
        Assert.Null(await Storage.DownloadAsync("nope/none.txt"));
        Assert.False(await Storage.ExistsAsync("nope/none.txt"));
        Assert.False(await Storage.DeleteIfExistsAsync("nope/none.txt"));
    }

    [Fact]
    public async Task Exists_and_delete()
    {
        await Storage.UploadAsync("d/1.txt", Text("1"));
        Assert.True(await Storage.ExistsAsync("d/1.txt"));
        Assert.True(await Storage.DeleteIfExistsAsync("d/1.txt"));
        Assert.False(await Storage.ExistsAsync("d/1.txt"));
    }

    [Fact]
    public async Task List_by_prefix_in_name_order_with_expiry()
    {
        var expires = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await Storage.UploadAsync("jobs/2/b.txt", Text("bb"), new BlobUploadOptions("text/plain", expires));
        await Storage.UploadAsync("jobs/1/a.txt", Text("a"));
        await Storage.UploadAsync("jobs/10/c.txt", Text("c"));
        await Storage.UploadAsync("other/z.txt", Text("z"));

        var all = new List<BlobItem>();
        await foreach (var item in Storage.GetBlobsAsync("jobs/")) all.Add(item);

        Assert.Equal(["jobs/1/a.txt", "jobs/10/c.txt", "jobs/2/b.txt"], all.Select(b => b.Name));
        Assert.Equal((2L, "text/plain", (DateTimeOffset?)expires), (all[2].Length, all[2].ContentType, all[2].ExpiresOn));
        Assert.Null(all[0].ExpiresOn);
    }

    [Fact]
    public async Task The_sweeper_removes_expired_blobs_only()
    {
        var now = new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);
        await Storage.UploadAsync("s/expired.txt", Text("old"), new BlobUploadOptions(ExpiresOn: now.AddMinutes(-1)));
        await Storage.UploadAsync("s/fresh.txt", Text("new"), new BlobUploadOptions(ExpiresOn: now.AddMinutes(1)));
        await Storage.UploadAsync("s/kept.txt", Text("kept"));

        Assert.Equal(1, await ExpiredBlobSweeper.SweepAsync(Storage, now));

        Assert.False(await Storage.ExistsAsync("s/expired.txt"));
        Assert.True(await Storage.ExistsAsync("s/fresh.txt"));
        Assert.True(await Storage.ExistsAsync("s/kept.txt"));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../b")]
    [InlineData("/abs")]
    [InlineData("a\\b")]
    [InlineData("c:/x")]
    [InlineData("")]
    public async Task Names_that_could_escape_are_refused(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.UploadAsync(name, Text("x")));
    }
}
