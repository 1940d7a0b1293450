using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Storage;
using CoachingDocs.Api.Tests.Jobs;
using CoachingDocs.Api.Tests.Storage;
using static CoachingDocs.Api.Tests.Jobs.CohortApiClient;

namespace CoachingDocs.Api.Tests.Cohort;

/// <summary>
/// The Azure path, driven the way the Functions host drives it: the API puts messages on an Azure Storage queue
/// (Azurite); the test, playing the host, takes each message and POSTs the custom-handler invocation payload to
/// /CohortWork; the handler writes blobs; the last slice assembles the zip in Blob Storage.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueFanOutTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Queue_messages_fan_out_to_the_queue_triggered_function_and_blobs_come_out()
    {
        var queueName = "cohort-" + Guid.NewGuid().ToString("N")[..12];
        var container = "c" + Guid.NewGuid().ToString("N")[..12];
        var generator = new TestPackGenerator();
        await using var host = await CohortTestHost.StartAsync(generator, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Container"] = container,
            ["Jobs:Mode"] = "queue",
            ["Jobs:QueueName"] = queueName,
            ["Jobs:LearnersPerMessage"] = "2",
        });
        var created = await CreateAsync(host.Client, Roster(5));
        Assert.Equal(JobModes.Queue, created.Mode);

        var queue = new AzureQueueClient(new HttpClient(), azurite.Account, queueName);
        var messages = await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5));
        Assert.Equal(3, messages.Count);
        Assert.Empty(generator.Calls); // nothing runs in the API request itself

        var percents = new List<int>();
        foreach (var message in messages)
        {
            var invocation = new
            {
                Data = new Dictionary<string, object> { [Apis.CohortApi.QueueBindingName] = message.MessageText },
                Metadata = new Dictionary<string, object?>
                {
                    ["DequeueCount"] = message.DequeueCount, ["Id"] = message.MessageId, ["PopReceipt"] = message.PopReceipt,
                    ["InsertionTime"] = message.InsertionTime, ["ExpirationTime"] = message.ExpirationTime,
                    ["sys"] = new { MethodName = Apis.CohortApi.QueueFunctionName, UtcNow = DateTimeOffset.UtcNow, RandGuid = Guid.NewGuid() },
                },
            };
            var response = await host.Client.PostAsJsonAsync("/" + Apis.CohortApi.QueueFunctionName, invocation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(JsonValueKind.Object, payload.RootElement.GetProperty("outputs").ValueKind);
            Assert.Contains(created.Id, payload.RootElement.GetProperty("logs")[0].GetString());
            Assert.Equal(JsonValueKind.Null, payload.RootElement.GetProperty("returnValue").ValueKind);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            percents.Add((await GetAsync(host.Client, created.Id)).Percent);
        }

        Assert.Equal([40, 80, 100], percents);
        var done = await GetAsync(host.Client, created.Id);
        Assert.Equal(JobState.Succeeded, done.State);
        Assert.Equal(5, generator.Calls.Count);
        Assert.Empty(await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1)));

        // The output is a blob in Azure Storage, with the job's expiry, and is what the API downloads.
        var storage = new AzureBlobStorage(new HttpClient(), azurite.Account, container);
        var blobs = new List<BlobItem>();
        await foreach (var blob in storage.GetBlobsAsync($"jobs/{created.Id}/")) blobs.Add(blob);
        var output = Assert.Single(blobs, b => b.Name.EndsWith("/output.zip"));
        Assert.Equal(("application/zip", (DateTimeOffset?)created.ExpiresOn), (output.ContentType, output.ExpiresOn));
        Assert.Equal(5, blobs.Count(b => b.Name.Contains("/checkpoints/")));
        var entries = await DownloadEntriesAsync(host.Client, created.Id);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"R{i:000} Learner {i}"), entries.Select(e => e.Split('/')[0]).Distinct());
    }

    [Fact]
    public async Task A_redelivered_message_does_not_generate_twice_and_a_bad_payload_is_refused()
    {
        var generator = new TestPackGenerator();
        await using var host = await CohortTestHost.StartAsync(generator, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Container"] = "c" + Guid.NewGuid().ToString("N")[..12],
            ["Jobs:Mode"] = "queue",
            ["Jobs:QueueName"] = "cohort-" + Guid.NewGuid().ToString("N")[..12],
            ["Jobs:LearnersPerMessage"] = "10",
        });
        var created = await CreateAsync(host.Client, Roster(3));
        var text = JsonSerializer.Serialize(new CohortWorkMessage(created.Id, 0, 3), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var invocation = new { Data = new Dictionary<string, object> { ["queueItem"] = text }, Metadata = new Dictionary<string, object> { ["DequeueCount"] = 2 } };

        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsJsonAsync("/CohortWork", invocation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsJsonAsync("/CohortWork", invocation)).StatusCode);
        Assert.Equal(3, generator.Calls.Count);

        var bad = new { Data = new Dictionary<string, object> { ["queueItem"] = "{\"jobId\":\"../../x\",\"first\":0,\"count\":1}" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsJsonAsync("/CohortWork", bad)).StatusCode);
        var notJson = new { Data = new Dictionary<string, object> { ["queueItem"] = "not json" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsJsonAsync("/CohortWork", notJson)).StatusCode);
    }
}
