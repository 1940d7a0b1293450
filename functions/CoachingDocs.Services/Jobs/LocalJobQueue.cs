using System.Threading.Channels;

namespace CoachingDocs.Api.Jobs;

/// <summary>
/// The local worker pool: a bounded channel of job ids and <see cref="JobSettings.Workers"/> workers. At start it
/// re-queues local jobs that were queued or running when the process stopped, so they resume from their checkpoints.
/// </summary>
public sealed class LocalJobQueue(JobSettings settings, JobStore store, CohortJobRunner runner, ILogger<LocalJobQueue> logger)
    : BackgroundService, IJobDispatcher
{
    private readonly Channel<string> _jobs = Channel.CreateBounded<string>(new BoundedChannelOptions(Math.Max(1, settings.QueueCapacity))
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    public string Mode => JobModes.Local;

    public Task<bool> DispatchAsync(CohortJob job, CancellationToken cancellationToken) => Task.FromResult(_jobs.Writer.TryWrite(job.Id));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequeueUnfinishedAsync(stoppingToken);
        var workers = Enumerable.Range(0, Math.Max(1, settings.Workers)).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var jobId in _jobs.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await runner.RunAsync(jobId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Cohort job {JobId} could not be run: {ErrorType}", jobId, ex.GetType().Name);
            }
        }
    }

    private async Task RequeueUnfinishedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var id in store.ListIdsAsync(stoppingToken))
                if (await store.GetAsync(id, stoppingToken) is { IsFinished: false, Mode: JobModes.Local })
                    _jobs.Writer.TryWrite(id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Could not look for unfinished jobs to resume: {ErrorType}", ex.GetType().Name);
        }
    }
}
