using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Storage;

namespace CoachingDocs.Api.Tests.Jobs;

/// <summary>A job changes only at the request of the key that made it: another key's update writes nothing.</summary>
public sealed class JobStoreOwnerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"jobstore-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task An_update_for_another_owner_returns_null_and_leaves_the_job_as_it_was()
    {
        var store = new JobStore(new LocalFolderStorage(_root), TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        var job = new CohortJob
        {
            Id = JobBlobNames.NewJobId(), Total = 3, CreatedOn = now, ExpiresOn = now.AddDays(1),
            RosterFileName = "roster.csv", OutputFileName = "cohort.zip", Owner = "key-0123456789abcdef",
        };
        await store.SaveAsync(job, CancellationToken.None);

        Assert.Null(await store.UpdateAsync(job.Id, "key-fedcba9876543210", j => j with { CancelRequested = true }, CancellationToken.None));
        Assert.False((await store.GetAsync(job.Id, CancellationToken.None))!.CancelRequested);

        var changed = await store.UpdateAsync(job.Id, "key-0123456789abcdef", j => j with { CancelRequested = true }, CancellationToken.None);
        Assert.True(changed!.CancelRequested);
        Assert.True((await store.GetAsync(job.Id, CancellationToken.None))!.CancelRequested);
    }
}
