using CoachingDocs.Api.Hosting;

namespace CoachingDocs.Api.Tests;

/// <summary>Issue 9: a killed cohort job left its temporary zip behind for good.</summary>
public sealed class TemporaryFileSweeperTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sweeper-").FullName;

    [Fact]
    public void Stale_service_zips_are_removed_and_live_or_foreign_files_kept()
    {
        var orphan = Write("coachingdocs-job1-abc.zip", DateTime.UtcNow.AddHours(-2));
        var live = Write("coachingdocs-check-job2.zip", DateTime.UtcNow);
        var foreign = Write("someone-else.zip", DateTime.UtcNow.AddHours(-2));

        var removed = TemporaryFileSweeper.Sweep(_folder, DateTime.UtcNow - TemporaryFileSweeper.StaleAfter);

        Assert.Equal(1, removed);
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(foreign));
    }

    private string Write(string name, DateTime writtenUtc)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, [1, 2, 3]);
        File.SetLastWriteTimeUtc(path, writtenUtc);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
