using System.IO.Compression;
using CoachingDocs.Core.Cohorts;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Roster;

namespace CoachingDocs.Core.Tests.Cohorts;

public sealed class CohortPackBuilderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cohort-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<RosterEntry> Roster(int count, params string[] units) =>
        Enumerable.Range(1, count).Select(i => new RosterEntry(i + 1,
            new LearnerDetails { Name = $"Learner {i}", RegistrationNumber = $"R{i:000}", CentreName = "Centre", CentreNumber = "C1" },
            "8585-L3-CERT", units)).ToList();

    private static List<string> EntryNames(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    [Fact]
    public async Task Writes_a_folder_per_learner_in_roster_order_with_their_pack()
    {
        var generator = new RecordingGenerator();
        var output = new MemoryStream();
        var result = await new CohortPackBuilder(generator, new CohortSettings { MaxParallelism = 3 }).BuildAsync(Roster(5), output);

        Assert.Equal((5, 5, 0), (result.Learners, result.Generated, result.Resumed));
        var names = EntryNames(output.ToArray());
        Assert.Equal(10, names.Count);
        Assert.Equal("R001 Learner 1/8585-300/assignment-cover.docx", names[0]);
        Assert.Equal("R005 Learner 5/8585-302/coaching-diary.docx", names[^1]);
        Assert.Equal(names.Select(n => n.Split('/')[0]).Distinct(), Enumerable.Range(1, 5).Select(i => $"R{i:000} Learner {i}"));
        using var archive = new ZipArchive(new MemoryStream(output.ToArray()));
        using var reader = new StreamReader(archive.GetEntry("R003 Learner 3/8585-302/coaching-diary.docx")!.Open());
        Assert.Equal("diary Learner 3", reader.ReadToEnd());
    }

    [Fact]
    public async Task Selected_units_give_a_folder_per_unit()
    {
        var generator = new RecordingGenerator();
        var output = new MemoryStream();
        await new CohortPackBuilder(generator).BuildAsync(Roster(1, "8585-302", "8585-303"), output);

        Assert.Equal(
            ["R001 Learner 1/8585-302/8585-302/coaching-diary.docx", "R001 Learner 1/8585-302/8585-302/notes.txt",
             "R001 Learner 1/8585-303/8585-303/coaching-diary.docx", "R001 Learner 1/8585-303/8585-303/notes.txt"],
            EntryNames(output.ToArray()));
        Assert.Equal(2, generator.Calls.Count);
    }

    [Fact]
    public async Task The_same_roster_gives_byte_identical_output_whatever_the_parallelism()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        await new CohortPackBuilder(new RecordingGenerator(), new CohortSettings { MaxParallelism = 1 }).BuildAsync(Roster(20), first);
        await Task.Delay(1100); // a timestamp taken from the clock would now differ
        await new CohortPackBuilder(new RecordingGenerator(), new CohortSettings { MaxParallelism = 4 }).BuildAsync(Roster(20), second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public async Task A_crash_part_way_keeps_finished_learners_and_a_rerun_resumes_them()
    {
        var checkpoints = new FolderCohortCheckpoints(_folder);
        var roster = Roster(10);
        var crashing = new RecordingGenerator { ThrowFor = "R006" };
        await Assert.ThrowsAsync<IOException>(() =>
            new CohortPackBuilder(crashing, new CohortSettings { MaxParallelism = 1 }).BuildAsync(roster, new MemoryStream(), checkpoints));
        Assert.Equal(5, crashing.Calls.Count);
        Assert.Equal(5, Directory.GetFiles(_folder, "*.zip").Length);

        var rerun = new RecordingGenerator();
        var output = new MemoryStream();
        var result = await new CohortPackBuilder(rerun).BuildAsync(roster, output, checkpoints);

        Assert.Equal((10, 5, 5), (result.Learners, result.Generated, result.Resumed));
        Assert.Equal(Enumerable.Range(6, 5).Select(i => $"R{i:000}:8585-L3-CERT").Order(), rerun.Calls.Order());
        var fresh = new MemoryStream();
        await new CohortPackBuilder(new RecordingGenerator()).BuildAsync(roster, fresh);
        Assert.Equal(fresh.ToArray(), output.ToArray());
    }

    [Fact]
    public async Task Checkpoint_files_carry_no_personal_data_and_change_with_the_learner()
    {
        var roster = Roster(2);
        var checkpoints = new FolderCohortCheckpoints(_folder);
        var builder = new CohortPackBuilder(new RecordingGenerator());
        await builder.BuildAsync(roster, new MemoryStream(), checkpoints);

        var files = Directory.GetFiles(_folder).Select(Path.GetFileName).ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Matches("^[0-9a-f]{32}\\.zip$", f!));
        var renamed = roster[0] with { Learner = roster[0].Learner with { Name = "Learner One" } };
        Assert.NotEqual(builder.CheckpointKey(roster[0]), builder.CheckpointKey(renamed));
        Assert.NotEqual(builder.CheckpointKey(roster[0]),
            new CohortPackBuilder(new RecordingGenerator(), new CohortSettings { GeneratorVersion = "2" }).CheckpointKey(roster[0]));
    }

    [Fact]
    public async Task Progress_is_reported_for_every_learner_and_cancel_stops_the_build()
    {
        var reports = new List<CohortProgress>();
        var progress = new SynchronousProgress(reports.Add);
        await new CohortPackBuilder(new RecordingGenerator()).BuildAsync(Roster(4), new MemoryStream(), progress: progress);
        Assert.Equal([25, 50, 75, 100], reports.Select(r => r.Percent));

        using var cancel = new CancellationTokenSource();
        var generator = new RecordingGenerator();
        generator.Before = reg => { if (reg == "R003") cancel.Cancel(); return Task.CompletedTask; };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new CohortPackBuilder(generator, new CohortSettings { MaxParallelism = 1 }).BuildAsync(Roster(50), new MemoryStream(), cancellationToken: cancel.Token));
        Assert.True(generator.Calls.Count < 5, $"generated {generator.Calls.Count} after cancel");
    }

    [Fact]
    public async Task A_learner_the_generator_refuses_is_reported_by_row_and_the_rest_go_ahead()
    {
        var roster = Roster(3);
        roster[1] = roster[1] with { Learner = roster[1].Learner with { Name = "Refuse Me" } };
        var output = new MemoryStream();
        var result = await new CohortPackBuilder(new RecordingGenerator()).BuildAsync(roster, output);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(3, failure.Row);
        Assert.DoesNotContain("Refuse", failure.Reason);
        Assert.Equal(["R001 Learner 1", "R003 Learner 3"], EntryNames(output.ToArray()).Select(n => n.Split('/')[0]).Distinct());
    }

    [Fact]
    public void Folder_names_from_roster_data_are_sanitised_and_unique()
    {
        static RosterEntry Entry(string name, string reg) =>
            new(2, new LearnerDetails { Name = name, RegistrationNumber = reg, CentreName = "C", CentreNumber = "1" }, "Q", []);
        var folders = CohortPackBuilder.LearnerFolders([
            Entry("../../etc/passwd", "R1"), Entry("Jo: \"The\" <Coach>|?*", "R2"), Entry("Zoë O'Brien", "R3"),
            Entry("Same", "R4"), Entry("Same", "R4"), Entry("   ", "CON")]).Values.ToList();

        Assert.Equal(["R1 _etc_passwd", "R2 Jo_ _The_ _Coach", "R3 Zoë O'Brien", "R4 Same", "R4 Same (2)", "_CON"], folders);
        Assert.Equal("learner", SafeFileName.From("..."));
        Assert.Equal(SafeFileName.MaxLength, SafeFileName.From(new string('a', 500)).Length);
    }

    private sealed class SynchronousProgress(Action<CohortProgress> report) : IProgress<CohortProgress>
    {
        public void Report(CohortProgress value) => report(value);
    }
}
