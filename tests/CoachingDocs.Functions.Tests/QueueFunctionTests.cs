using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Storage;
using CoachingDocs.Api.Tests.Jobs;
using CoachingDocs.Api.Tests.Storage;
using CoachingDocs.Functions.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static CoachingDocs.Api.Tests.Jobs.CohortApiClient;

namespace CoachingDocs.Functions.Tests;

/// <summary>
/// The cohort fan-out end to end on Azurite through the SDK: the API puts messages on the queue; the test plays the
/// Functions host (take a message, call the queue function, delete it on success, leave it for a retry on failure and move
/// it to "-poison" after host.json's maxDequeueCount); the slices write blobs and the last one assembles the zip.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Queue_messages_run_the_queue_function_and_blobs_come_out()
    {
        var queueName = "cohort-" + Guid.NewGuid().ToString("N")[..12];
        var container = "c" + Guid.NewGuid().ToString("N")[..12];
        var generator = new TestPackGenerator();
        await using var host = await QueueHostAsync(generator, queueName, container, learnersPerMessage: 2);
        var created = await CreateAsync(host.Client, Roster(5));
        Assert.Equal(JobModes.Queue, created.Mode);

        var queue = azurite.Queue(queueName);
        var messages = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;
        Assert.Equal(3, messages.Length);
        Assert.Empty(generator.Calls); // nothing runs in the API request itself

        var function = Function(host);
        var percents = new List<int>();
        foreach (var message in messages)
        {
            await function.Run(message.MessageText, CancellationToken.None);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            percents.Add((await GetAsync(host.Client, created.Id)).Percent);
        }

        Assert.Equal([40, 80, 100], percents);
        Assert.Equal(JobState.Succeeded, (await GetAsync(host.Client, created.Id)).State);
        Assert.Equal(5, generator.Calls.Count);
        Assert.Empty((await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1))).Value);

        // The output is a blob in Azure Storage, with the job's expiry, and is what the API downloads.
        var storage = new AzureBlobStorage(azurite.Container(container));
        var blobs = new List<BlobItem>();
        await foreach (var blob in storage.GetBlobsAsync($"jobs/{created.Id}/")) blobs.Add(blob);
        var output = Assert.Single(blobs, b => b.Name.EndsWith("/output.zip"));
        Assert.Equal(("application/zip", (DateTimeOffset?)created.ExpiresOn), (output.ContentType, output.ExpiresOn));
        Assert.Equal(5, blobs.Count(b => b.Name.Contains("/checkpoints/")));
        var entries = await DownloadEntriesAsync(host.Client, created.Id);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"R{i:000} Learner {i}"), entries.Select(e => e.Split('/')[0]).Distinct());
    }

    [Fact]
    public async Task A_redelivered_message_does_not_generate_twice()
    {
        var generator = new TestPackGenerator();
        await using var host = await QueueHostAsync(generator, "cohort-" + Guid.NewGuid().ToString("N")[..12], "c" + Guid.NewGuid().ToString("N")[..12], learnersPerMessage: 10);
        var created = await CreateAsync(host.Client, Roster(3));
        var text = new CohortWorkMessage(created.Id, 0, 3).ToJson();

        await Function(host).Run(text, CancellationToken.None);
        await Function(host).Run(text, CancellationToken.None);

        Assert.Equal(3, generator.Calls.Count);
        Assert.Equal(JobState.Succeeded, (await GetAsync(host.Client, created.Id)).State);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_then_moved_to_the_poison_queue()
    {
        var queueName = "cohort-" + Guid.NewGuid().ToString("N")[..12];
        await using var host = await QueueHostAsync(new TestPackGenerator(), queueName, "c" + Guid.NewGuid().ToString("N")[..12], learnersPerMessage: 10);
        var queue = azurite.Queue(queueName);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("{\"jobId\":\"../../x\",\"first\":0,\"count\":1}");

        var maxDequeueCount = MaxDequeueCount();
        var attempts = 0;
        var poisoned = false;
        while (!poisoned && attempts < maxDequeueCount + 2)
        {
            var message = Assert.Single((await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30))).Value);
            attempts++;
            poisoned = await PlayHostAsync(queue, message, Function(host), maxDequeueCount);
        }

        Assert.True(poisoned);
        Assert.Equal(maxDequeueCount, attempts);
        Assert.Empty((await queue.PeekMessagesAsync(32)).Value);
        var poison = Assert.Single((await azurite.Queue(queueName + "-poison").PeekMessagesAsync(32)).Value);
        Assert.Contains("../../x", poison.MessageText);
    }

    /// <summary>
    /// What the Functions host does with one delivery: run the function; on success delete the message; on failure make
    /// it visible again for a retry, or, on its last allowed delivery, move it to the poison queue. True when poisoned.
    /// </summary>
    private async Task<bool> PlayHostAsync(QueueClient queue, QueueMessage message, CohortWorkFunction function, int maxDequeueCount)
    {
        try
        {
            await function.Run(message.MessageText, CancellationToken.None);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            return false;
        }
        catch (FormatException)
        {
            if (message.DequeueCount < maxDequeueCount)
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero);
                return false;
            }
            var poison = azurite.Queue(queue.Name + "-poison");
            await poison.CreateIfNotExistsAsync();
            await poison.SendMessageAsync(message.MessageText);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            return true;
        }
    }

    /// <summary>host.json's extensions.queues.maxDequeueCount: how many deliveries the host allows before poisoning.</summary>
    private static int MaxDequeueCount()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AzuriteFixture.RepositoryRoot(), "host.json")));
        return host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();
    }

    private async Task<CohortTestHost> QueueHostAsync(TestPackGenerator generator, string queueName, string container, int learnersPerMessage)
    {
        return await CohortTestHost.StartAsync(generator, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Container"] = container,
            ["Jobs:Mode"] = "queue",
            ["Jobs:QueueName"] = queueName,
            ["Jobs:LearnersPerMessage"] = learnersPerMessage.ToString(),
        });
    }

    private static CohortWorkFunction Function(CohortTestHost host) =>
        new(host.Services.GetRequiredService<CohortJobRunner>(), NullLogger<CohortWorkFunction>.Instance);
}
