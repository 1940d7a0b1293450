using CoachingDocs.Api.Jobs;
using Microsoft.Extensions.Logging;

namespace CoachingDocs.Functions.Jobs;

/// <summary>
/// The cohort fan-out: each message of the queue is one slice of a job's roster (<see cref="CohortWorkMessage"/>); the
/// slice that finishes last assembles the zip. A failure throws, so the host retries the message and, after
/// host.json's maxDequeueCount tries, moves it to the "-poison" queue.
/// </summary>
public sealed class CohortWorkFunction(CohortJobRunner runner, ILogger<CohortWorkFunction> logger)
{
    public const string Name = "CohortWork";

    /// <summary>The queue, as named by <see cref="JobSettings.QueueName"/>'s default; the binding needs a constant.</summary>
    public const string QueueName = "cohort-work";

    /// <summary>The Functions host's own storage setting: a connection string, or AzureWebJobsStorage__accountName with managed identity.</summary>
    public const string Connection = "AzureWebJobsStorage";

    [Function(Name)]
    public async Task Run([QueueTrigger(QueueName, Connection = Connection)] string messageText, CancellationToken cancellationToken)
    {
        var message = CohortWorkMessage.Parse(messageText);
        await runner.RunSliceAsync(message, cancellationToken);
        logger.LogInformation("Cohort job {JobId}: learners {First}..{Last} done", message.JobId, message.First, message.First + message.Count - 1);
    }
}
