using CoachingDocs.Api.Storage;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Roster;

namespace CoachingDocs.Api.Jobs;

/// <summary>The job resource's operations, independent of HTTP: create from a roster, status, cancel, the finished zip.</summary>
public sealed class CohortJobService(
    JobStore store,
    IJobDispatcher dispatcher,
    CohortJobRunner runner,
    QualificationCatalogue catalogue,
    JobCancellations cancellations,
    StorageSettings storageSettings,
    TimeProvider clock,
    ILogger<CohortJobService> logger)
{
    /// <summary>
    /// Reads the roster (throws <see cref="RosterFormatException"/> when the file is unusable), stores it and the job,
    /// and starts it. Bad rows are listed in the job; the result is null when no row was good (see <paramref name="problems"/>).
    /// </summary>
    public async Task<CreateJobResult> CreateAsync(Stream roster, string fileName, string owner, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await roster.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var read = RosterReader.Read(buffer, catalogue);
        if (read.Learners.Count == 0)
            return new CreateJobResult(null, read.Problems, Accepted: false) { Warnings = read.Warnings };

        var now = clock.GetUtcNow();
        var id = JobBlobNames.NewJobId();
        var job = new CohortJob
        {
            Id = id,
            Mode = dispatcher.Mode,
            Total = read.Learners.Count,
            CreatedOn = now,
            ExpiresOn = now + storageSettings.Retention,
            RosterFileName = Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? "roster.xlsx" : "roster.csv",
            RosterProblems = read.Problems,
            RosterWarnings = read.Warnings,
            OutputFileName = $"cohort-{now:yyyyMMdd}-{id[..8]}.zip",
            Owner = owner,
        };
        buffer.Position = 0;
        await store.Storage.UploadAsync(JobBlobNames.Roster(id), buffer, new BlobUploadOptions("application/octet-stream", job.ExpiresOn), cancellationToken);
        await store.SaveAsync(job, cancellationToken);
        if (!await dispatcher.DispatchAsync(job, cancellationToken))
        {
            await store.UpdateAsync(id, j => j with { State = JobState.Failed, Error = "the service is busy; try again in a few minutes", FinishedOn = now }, cancellationToken);
            return new CreateJobResult(await store.GetAsync(id, cancellationToken), read.Problems, Accepted: false);
        }
        logger.LogInformation("Cohort job {JobId} created: {Total} learners, {Problems} roster problems, mode {Mode}", id, job.Total, read.Problems.Count, job.Mode);
        return new CreateJobResult(job, read.Problems, Accepted: true);
    }

    /// <summary>
    /// The job with its progress; in queue mode progress is counted from the checkpoints the workers wrote. Null when
    /// there is no such job or another key made it (the same answer, so ids of others' jobs cannot be probed).
    /// </summary>
    public async Task<CohortJob?> GetAsync(string id, string owner, CancellationToken cancellationToken)
    {
        var job = await OwnedAsync(id, owner, cancellationToken);
        if (job is { Mode: JobModes.Queue, IsFinished: false })
            job = job with { Done = Math.Min(job.Total, await runner.CountDoneAsync(id, cancellationToken)) };
        return job;
    }

    /// <summary>Asks the job to stop; null when there is no such job. A finished job is returned unchanged.</summary>
    public async Task<CohortJob?> CancelAsync(string id, string owner, CancellationToken cancellationToken)
    {
        var job = await store.UpdateAsync(id, owner, j => j.IsFinished ? j : j with
        {
            CancelRequested = true,
            // A job no worker has picked up yet is cancelled at once; a running one when its worker notices.
            State = j.State == JobState.Queued ? JobState.Cancelled : j.State,
            FinishedOn = j.State == JobState.Queued ? clock.GetUtcNow() : j.FinishedOn,
        }, cancellationToken);
        if (job is not null) cancellations.Cancel(id);
        return job;
    }

    /// <summary>
    /// Starts a cancelled or failed job again; learners already checkpointed are not generated again. Null when there
    /// is no such job; the job unchanged when it is not cancelled or failed.
    /// </summary>
    public async Task<CohortJob?> ResumeAsync(string id, string owner, CancellationToken cancellationToken)
    {
        var resumable = false;
        var job = await store.UpdateAsync(id, owner, j =>
        {
            resumable = j.State is JobState.Cancelled or JobState.Failed;
            return resumable ? j with { State = JobState.Queued, CancelRequested = false, Error = null, FinishedOn = null } : j;
        }, cancellationToken);
        if (job is null || !resumable) return job;
        if (!await dispatcher.DispatchAsync(job, cancellationToken))
            return await store.UpdateAsync(id, j => j with { State = JobState.Failed, Error = "the service is busy; try again in a few minutes", FinishedOn = clock.GetUtcNow() }, cancellationToken);
        logger.LogInformation("Cohort job {JobId} resumed", id);
        return job;
    }

    /// <summary>The finished zip, or null when the job has not succeeded (or has expired).</summary>
    public async Task<(CohortJob Job, BlobDownload Output)?> OpenOutputAsync(string id, string owner, CancellationToken cancellationToken)
    {
        if (await OwnedAsync(id, owner, cancellationToken) is not { State: JobState.Succeeded } job) return null;
        var output = await store.Storage.DownloadAsync(JobBlobNames.Output(id), cancellationToken);
        return output is null ? null : (job, output);
    }

    private async Task<CohortJob?> OwnedAsync(string id, string owner, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } job && string.Equals(job.Owner, owner, StringComparison.Ordinal) ? job : null;
}

public sealed record CreateJobResult(CohortJob? Job, IReadOnlyList<RosterProblem> Problems, bool Accepted)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
