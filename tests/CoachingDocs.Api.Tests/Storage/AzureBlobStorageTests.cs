using System.Net;
using Azure;
using Azure.Storage.Blobs;
using CoachingDocs.Api.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachingDocs.Api.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStorageTests(AzuriteFixture azurite) : BlobStorageContract
{
    // A container per test, so tests never see each other's blobs.
    protected override IBlobStorage Storage { get; } = new AzureBlobStorage(azurite.Container("t" + Guid.NewGuid().ToString("N")[..20]));

    [Fact]
    public async Task A_wrong_account_key_is_refused_by_the_service()
    {
        var wrong = azurite.ConnectionString.Replace(AzuriteFixture.DevelopmentAccountKey, Convert.ToBase64String(new byte[64]));
        var storage = new AzureBlobStorage(new BlobServiceClient(wrong).GetBlobContainerClient("wrongkey"));
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => storage.UploadAsync("a.txt", new MemoryStream([1])));
        Assert.Equal((int)HttpStatusCode.Forbidden, ex.Status);
    }

    [Fact]
    public async Task An_upload_larger_than_one_block_is_stored_whole()
    {
        var content = new byte[AzureBlobStorage.BlockSize * 2 + 12345];
        new Random(7).NextBytes(content);

        await Storage.UploadAsync("big.bin", new MemoryStream(content), new BlobUploadOptions("application/zip"));

        await using var download = await Storage.DownloadAsync("big.bin");
        var copy = new MemoryStream();
        await download!.Content.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
        Assert.Equal((content.LongLength, "application/zip"), (download.Properties.Length, download.Properties.ContentType));
    }

    [Fact]
    public async Task A_connection_string_registers_the_sdk_clients_and_the_blob_storage_over_them()
    {
        var container = "reg" + Guid.NewGuid().ToString("N")[..12];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Container"] = container,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IHostEnvironment>(new TestEnvironment()).AddLogging()
            .AddBlobStorage(StorageSettings.From(configuration)).BuildServiceProvider();

        var storage = Assert.IsType<AzureBlobStorage>(services.GetRequiredService<IBlobStorage>());
        await storage.UploadAsync("x/y.txt", new MemoryStream([1, 2, 3]));

        Assert.Equal(container, storage.ContainerName);
        Assert.True(await azurite.Container(container).GetBlobClient("x/y.txt").ExistsAsync());
    }

    [Fact]
    public void An_account_name_means_managed_identity_on_that_account_and_no_setting_means_the_local_folder()
    {
        var identity = StorageSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage:accountName"] = "acct",
        }).Build());
        Assert.True(identity.UsesAzure);
        Assert.Equal(("https://acct.blob.core.windows.net/", "https://acct.queue.core.windows.net/"),
            (identity.BlobServiceUri.ToString(), identity.QueueServiceUri.ToString()));

        var local = StorageSettings.From(new ConfigurationBuilder().Build());
        Assert.False(local.UsesAzure);
        using var services = new ServiceCollection().AddSingleton<IHostEnvironment>(new TestEnvironment()).AddBlobStorage(local).BuildServiceProvider();
        Assert.IsType<LocalFolderStorage>(services.GetRequiredService<IBlobStorage>());
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = Path.Combine(Path.GetTempPath(), "coachingdocs-storage-registration");
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
