using Azure.Storage.Queues;

namespace CoachingDocs.Api.Jobs;

/// <summary>
/// Fans a job out through an Azure Storage queue: one message per <see cref="JobSettings.LearnersPerMessage"/>
/// learners, each picked up by the queue-triggered CohortWork function, so Azure scales the work out.
/// </summary>
public sealed class QueueJobDispatcher(QueueClient queue, JobSettings settings) : IJobDispatcher
{
    private bool _created;

    public string Mode => JobModes.Queue;

    public async Task<bool> DispatchAsync(CohortJob job, CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
        var size = Math.Max(1, settings.LearnersPerMessage);
        for (var first = 0; first < job.Total; first += size)
            await queue.SendMessageAsync(new CohortWorkMessage(job.Id, first, Math.Min(size, job.Total - first)).ToJson(), cancellationToken);
        return true;
    }
}
