namespace CoachingDocs.Api.Jobs;

/// <summary>Starts a stored job: on the local worker pool, or by fanning it out through an Azure Storage queue.</summary>
public interface IJobDispatcher
{
    string Mode { get; }

    /// <summary>False when the job cannot be accepted now (the local queue is full).</summary>
    Task<bool> DispatchAsync(CohortJob job, CancellationToken cancellationToken);
}
