using System.Text.Json;
using CoachingDocs.Api.Storage;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Cohorts;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Roster;

namespace CoachingDocs.Api.Jobs;

/// <summary>
/// Does a cohort job's work: the whole job on this instance (local mode), or one queue message's slice of it (queue
/// mode), assembling the zip when the last slice is done. Learners already checkpointed are never generated twice,
/// so a job interrupted by a crash or a redeployment resumes where it stopped. Logs carry job ids and counts only.
/// </summary>
public sealed class CohortJobRunner(
    JobStore store,
    QualificationCatalogue catalogue,
    IDocumentGenerator generator,
    CohortSettings cohortSettings,
    JobCancellations cancellations,
    TimeProvider clock,
    ILogger<CohortJobRunner> logger)
{
    public async Task RunAsync(string jobId, CancellationToken stopping)
    {
        if (await store.GetAsync(jobId, stopping) is not { IsFinished: false } job) return;
        if (job.CancelRequested)
        {
            await FinishAsync(jobId, j => j with { State = JobState.Cancelled }, stopping);
            return;
        }
        var cancel = cancellations.Register(jobId, stopping);
        try
        {
            await store.UpdateAsync(jobId, j => j with { State = JobState.Running }, stopping);
            logger.LogInformation("Cohort job {JobId} started: {Total} learners", jobId, job.Total);
            var result = await AssembleAsync(job, progressive: true, cancel.Token);
            logger.LogInformation("Cohort job {JobId} finished: {Generated} generated, {Resumed} resumed, {Failed} refused",
                jobId, result.Generated, result.Resumed, result.Failures.Count);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            logger.LogInformation("Cohort job {JobId} cancelled", jobId);
            await FinishAsync(jobId, j => j with { State = JobState.Cancelled }, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception type only: messages from deep inside generation could quote learner data.
            logger.LogError("Cohort job {JobId} failed: {ErrorType}", jobId, ex.GetType().Name);
            await FinishAsync(jobId, j => j with { State = JobState.Failed, Error = "generation failed; the service log has the details under this job id" },
                CancellationToken.None);
        }
        finally
        {
            cancellations.Unregister(jobId);
        }
    }

    /// <summary>One queue message: checkpoint a slice of the roster; the instance that finishes the last slice builds the zip.</summary>
    public async Task RunSliceAsync(CohortWorkMessage message, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(message.JobId, cancellationToken) is not { IsFinished: false } job) return;
        if (job.CancelRequested)
        {
            await FinishAsync(job.Id, j => j with { State = JobState.Cancelled }, cancellationToken);
            return;
        }
        if (job.State == JobState.Queued)
            await store.UpdateAsync(job.Id, j => j.State == JobState.Queued ? j with { State = JobState.Running } : j, cancellationToken);

        var learners = await LoadLearnersAsync(job, cancellationToken);
        var slice = learners.Skip(message.First).Take(message.Count).ToList();
        var builder = new CohortPackBuilder(generator, cohortSettings);
        var failures = await builder.CheckpointAsync(slice, Checkpoints(job), cancellationToken);
        foreach (var failure in failures)
            await store.Storage.UploadAsync($"{JobBlobNames.FailedMarkers(job.Id)}{failure.Row}", new MemoryStream([]),
                new BlobUploadOptions("text/plain", job.ExpiresOn), cancellationToken);
        logger.LogInformation("Cohort job {JobId}: slice {First}+{Count} checkpointed", job.Id, message.First, message.Count);

        if (await CountDoneAsync(job.Id, cancellationToken) < job.Total) return;
        // Several last slices may finish together and all assemble: harmless, as the output is byte-identical.
        if (await store.GetAsync(job.Id, cancellationToken) is { IsFinished: false, CancelRequested: false } current)
            await AssembleAsync(current, progressive: false, cancellationToken);
    }

    public async Task<int> CountDoneAsync(string jobId, CancellationToken cancellationToken) =>
        await store.CountAsync(JobBlobNames.Checkpoints(jobId), cancellationToken) + await store.CountAsync(JobBlobNames.FailedMarkers(jobId), cancellationToken);

    private async Task<CohortResult> AssembleAsync(CohortJob job, bool progressive, CancellationToken cancellationToken)
    {
        var learners = await LoadLearnersAsync(job, cancellationToken);
        var temporary = Path.Combine(Path.GetTempPath(), "coachingdocs-" + job.Id + "-" + Guid.NewGuid().ToString("N") + ".zip");
        await using var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var lastPercent = -1;
        var progress = new InlineProgress(p =>
        {
            // Stored at most once per percent, so a 500-learner job writes its record ~100 times, not 500.
            if (!progressive || p.Percent == lastPercent) return;
            lastPercent = p.Percent;
            store.UpdateAsync(job.Id, j => j with { Done = p.Done, Resumed = p.Resumed }, CancellationToken.None).GetAwaiter().GetResult();
        });
        var result = await new CohortPackBuilder(generator, cohortSettings).BuildAsync(learners, output, Checkpoints(job), progress, cancellationToken);
        output.Position = 0;
        await store.Storage.UploadAsync(JobBlobNames.Output(job.Id), output, new BlobUploadOptions("application/zip", job.ExpiresOn), cancellationToken);
        await FinishAsync(job.Id, j => j with
        {
            State = JobState.Succeeded,
            Done = j.Total,
            Resumed = progressive ? result.Resumed : j.Resumed,
            Failures = result.Failures,
        }, CancellationToken.None);
        return result;
    }

    private async Task<IReadOnlyList<RosterEntry>> LoadLearnersAsync(CohortJob job, CancellationToken cancellationToken)
    {
        await using var roster = await store.Storage.DownloadAsync(JobBlobNames.Roster(job.Id), cancellationToken)
            ?? throw new InvalidOperationException($"job {job.Id} has no stored roster");
        var buffer = new MemoryStream();
        await roster.Content.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return RosterReader.Read(buffer, catalogue).Learners;
    }

    private BlobCohortCheckpoints Checkpoints(CohortJob job) => new(store.Storage, JobBlobNames.Checkpoints(job.Id), job.ExpiresOn);

    private Task FinishAsync(string jobId, Func<CohortJob, CohortJob> change, CancellationToken cancellationToken) =>
        store.UpdateAsync(jobId, j => j.IsFinished ? j : change(j) with { FinishedOn = clock.GetUtcNow() }, cancellationToken);

    private sealed class InlineProgress(Action<CohortProgress> report) : IProgress<CohortProgress>
    {
        public void Report(CohortProgress value) => report(value);
    }
}

/// <summary>The JSON options queue messages are written and read with.</summary>
internal static class JobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
