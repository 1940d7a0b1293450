using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using CoachingDocs.Api.Storage;

namespace CoachingDocs.Api.Jobs;

/// <summary>
/// The subset of the Azure SDK's QueueClient the fan-out needs, over the Queue service REST API with SharedKey auth
/// and Polly retries (the SDK does not restore here). Message text is base64-encoded on the wire, which is what the
/// Functions queue trigger expects by default.
/// </summary>
public sealed class AzureQueueClient
{
    private readonly StorageRestClient _client;
    private readonly Uri _queue;

    public AzureQueueClient(HttpClient http, StorageConnectionString account, string queueName, TimeProvider? clock = null)
    {
        _client = new StorageRestClient(http, new SharedKeySigner(account.AccountName, account.AccountKey), clock ?? TimeProvider.System);
        _queue = new Uri(account.QueueEndpoint, Uri.EscapeDataString(queueName));
        Name = queueName;
    }

    public string Name { get; }

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _client.SendAsync(() => new HttpRequestMessage(HttpMethod.Put, _queue), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Conflict)
            await StorageRestClient.EnsureSuccessAsync(response, $"creating queue {Name}", cancellationToken);
    }

    public async Task SendMessageAsync(string messageText, CancellationToken cancellationToken = default)
    {
        var body = $"<QueueMessage><MessageText>{Convert.ToBase64String(Encoding.UTF8.GetBytes(messageText))}</MessageText></QueueMessage>";
        using var response = await _client.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(_queue + "/messages")) { Content = new StringContent(body, Encoding.UTF8, "application/xml") },
            cancellationToken);
        await StorageRestClient.EnsureSuccessAsync(response, $"sending to queue {Name}", cancellationToken);
    }

    /// <summary>Takes up to <paramref name="maxMessages"/> messages, hiding them for <paramref name="visibilityTimeout"/>.</summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var uri = new Uri(_queue + $"/messages?numofmessages={maxMessages}&visibilitytimeout={(int)visibilityTimeout.TotalSeconds}");
        using var response = await _client.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), cancellationToken);
        await StorageRestClient.EnsureSuccessAsync(response, $"receiving from queue {Name}", cancellationToken);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return xml.Root!.Elements("QueueMessage").Select(m => new QueueMessage(
            m.Element("MessageId")!.Value,
            m.Element("PopReceipt")!.Value,
            Encoding.UTF8.GetString(Convert.FromBase64String(m.Element("MessageText")!.Value)),
            int.Parse(m.Element("DequeueCount")!.Value, CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(m.Element("InsertionTime")!.Value, CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(m.Element("ExpirationTime")!.Value, CultureInfo.InvariantCulture))).ToList();
    }

    public async Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        var uri = new Uri(_queue + $"/messages/{Uri.EscapeDataString(messageId)}?popreceipt={Uri.EscapeDataString(popReceipt)}");
        using var response = await _client.SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, uri), cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
            await StorageRestClient.EnsureSuccessAsync(response, $"deleting from queue {Name}", cancellationToken);
    }
}

/// <summary>A received queue message; <see cref="MessageText"/> is already base64-decoded.</summary>
public sealed record QueueMessage(string MessageId, string PopReceipt, string MessageText, int DequeueCount, DateTimeOffset InsertionTime, DateTimeOffset ExpirationTime);
