using System.Net;
using CoachingDocs.Api.Storage;

namespace CoachingDocs.Api.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStorageTests(AzuriteFixture azurite) : BlobStorageContract
{
    // A container per test, so tests never see each other's blobs.
    protected override IBlobStorage Storage { get; } =
        new AzureBlobStorage(new HttpClient(), azurite.Account, "t" + Guid.NewGuid().ToString("N")[..20]);

    [Fact]
    public async Task A_wrong_account_key_is_refused_by_the_service_with_a_clear_error()
    {
        var wrong = azurite.Account with { AccountKey = new byte[64] };
        var storage = new AzureBlobStorage(new HttpClient(), wrong, "wrongkey");
        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => storage.UploadAsync("a.txt", new MemoryStream([1])));
        Assert.Equal(HttpStatusCode.Forbidden, ex.Status);
        Assert.Contains("creating container wrongkey", ex.Message);
    }

    [Fact]
    public async Task Transient_failures_are_retried()
    {
        var flaky = new FlakyHandler(failures: 2) { InnerHandler = new HttpClientHandler() };
        var storage = new AzureBlobStorage(new HttpClient(flaky), azurite.Account, "flaky" + Guid.NewGuid().ToString("N")[..10]);

        await storage.UploadAsync("r.txt", new MemoryStream([1, 2]));

        Assert.True(await storage.ExistsAsync("r.txt"));
        Assert.Equal(2, flaky.Failed);
    }

    [Fact]
    public void Development_storage_connection_string_points_at_azurite_defaults()
    {
        var account = StorageConnectionString.Parse("UseDevelopmentStorage=true");
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/", account.BlobEndpoint.ToString());
        Assert.Throws<FormatException>(() => StorageConnectionString.Parse("AccountName=x"));
        Assert.Throws<FormatException>(() => StorageConnectionString.Parse("AccountName=x;AccountKey=not base64!"));
        var real = StorageConnectionString.Parse("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=AAAA;EndpointSuffix=core.windows.net");
        Assert.Equal("https://acct.queue.core.windows.net/", real.QueueEndpoint.ToString());
    }

    /// <summary>Answers 503 to the first requests without sending them, like a throttled or restarting service.</summary>
    private sealed class FlakyHandler(int failures) : DelegatingHandler
    {
        public int Failed { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Failed < failures)
            {
                Failed++;
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
