using System.CommandLine;
using System.IO.Compression;
using System.Text;
using CoachingDocs.Cli.Commands.Cohort;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using Spectre.Console;

namespace CoachingDocs.Cli.Tests.Cohort;

public sealed class CohortCommandTests : IDisposable
{
    private const string Header = "Learner name,Registration number,Centre name,Centre number,Qualification,Units";
    private readonly string _folder = Directory.CreateTempSubdirectory("cli-cohort-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteRoster(int learners, params string[] extra)
    {
        var path = Path.Combine(_folder, "roster.csv");
        File.WriteAllText(path, Header + "\n" + string.Concat(Enumerable.Range(1, learners).Select(i => $"Learner {i},R{i:000},Centre,C1,8585-L3-CERT,\n"))
            + string.Concat(extra.Select(e => e + "\n")));
        return path;
    }

    private async Task<int> RunAsync(StubGenerator generator, CancellationToken cancellationToken, params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(_out),
        });
        var root = new RootCommand { new CohortCommand(_ => StubGenerator.Catalogue(), (_, _) => generator, console, _error) };
        return await root.Parse(["cohort", .. args]).InvokeAsync(null, cancellationToken);
    }

    [Fact]
    public async Task Writes_the_zip_reports_skipped_rows_and_leaves_nothing_else_behind()
    {
        var roster = WriteRoster(4, "=cmd(),R9,Centre,C1,8585-L3-CERT,");
        var zip = Path.Combine(_folder, "out", "cohort.zip");

        var exit = await RunAsync(new StubGenerator(), default, roster, "--out", zip);

        Assert.Equal(0, exit);
        using (var archive = ZipFile.OpenRead(zip))
            Assert.Equal(Enumerable.Range(1, 4).Select(i => $"R{i:000} Learner {i}"), archive.Entries.Select(e => e.FullName.Split('/')[0]).Distinct());
        Assert.Contains("coachdocs: warning: roster.csv row 6, Learner name: must not start with =", _error.ToString());
        Assert.Contains("Wrote 4 learners' packs to", _out.ToString());
        Assert.Equal(["cohort.zip"], Directory.GetFileSystemEntries(Path.Combine(_folder, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Ctrl_c_keeps_finished_learners_and_the_same_command_resumes()
    {
        var roster = WriteRoster(8);
        var zip = Path.Combine(_folder, "cohort.zip");
        using var cancel = new CancellationTokenSource();
        var first = new StubGenerator { OnLearner = reg => { if (reg == "R004") cancel.Cancel(); } };

        var exit = await RunAsync(first, cancel.Token, roster, "--out", zip, "--parallel", "1");

        Assert.Equal(CohortCommand.ExitCancelled, exit);
        Assert.False(File.Exists(zip));
        Assert.False(File.Exists(zip + ".partial"));
        Assert.Contains("run the same command again to resume", _error.ToString());
        var kept = Directory.GetFiles(zip + ".checkpoints").Length;
        Assert.InRange(kept, 3, 4);

        var second = new StubGenerator();
        Assert.Equal(0, await RunAsync(second, default, roster, "--out", zip));
        Assert.Equal(8 - kept, second.Calls);
        Assert.Contains($"({kept} resumed", _out.ToString());
        var fresh = Path.Combine(_folder, "fresh.zip");
        Assert.Equal(0, await RunAsync(new StubGenerator(), default, roster, "--out", fresh));
        Assert.Equal(await File.ReadAllBytesAsync(fresh), await File.ReadAllBytesAsync(zip));
    }

    [Fact]
    public async Task Unusable_input_exits_non_zero_with_one_clear_line()
    {
        var zip = Path.Combine(_folder, "c.zip");
        Assert.Equal(CohortCommand.ExitBadInput, await RunAsync(new StubGenerator(), default, Path.Combine(_folder, "none.csv"), "--out", zip));
        var notRoster = Path.Combine(_folder, "notes.csv");
        await File.WriteAllTextAsync(notRoster, "just,some,columns\n1,2,3\n");
        Assert.Equal(CohortCommand.ExitBadInput, await RunAsync(new StubGenerator(), default, notRoster, "--out", zip));

        var lines = _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("coachdocs: the roster", lines[0]);
        Assert.Contains("lacks the column(s) 'Learner name'", lines[1]);
        Assert.DoesNotContain("   at ", _error.ToString());
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task As_shipped_the_sample_roster_becomes_every_learners_real_pack()
    {
        var root = Directory.GetParent(AppContext.BaseDirectory)!;
        while (!File.Exists(Path.Combine(root.FullName, "CoachingDocs.slnx"))) root = root.Parent!;
        var environment = new CliEnvironment
        {
            Output = Cli.Interaction.SpectreConsoleOutput.Plain(_out, _error),
            StandardOutput = _out,
            StandardError = _error,
            CurrentDirectory = _folder,
            GetVariable = _ => null,
            CreateGenerator = GeneratorFactory.Create,
        };
        var command = new RootCommand { Commands.ContentOptions.Catalogue, new CohortCommand(environment) };
        var zip = Path.Combine(_folder, "sample.zip");

        var exit = await command.Parse(["cohort", Path.Combine(root.FullName, "templates", "samples", "roster.xlsx"), "--out", zip,
            "--catalogue", Path.Combine(root.FullName, "templates", "catalogue")]).InvokeAsync();

        Assert.True(exit == 0, _error.ToString());
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(8, archive.Entries.Select(e => e.FullName.Split('/')[0]).Distinct().Count());
        Assert.Contains(archive.Entries, e => e.FullName.StartsWith("ILM24-0007 Grace Williams/") && e.FullName.EndsWith(".docx"));
    }

    [Fact]
    public async Task Help_describes_the_command()
    {
        var writer = new StringWriter();
        var root = new RootCommand { new CohortCommand(_ => StubGenerator.Catalogue(), (_, _) => new StubGenerator(), AnsiConsole.Console, _error) };
        await root.Parse(["cohort", "--help"]).InvokeAsync(new InvocationConfiguration { Output = writer });
        Assert.Contains("--out", writer.ToString());
        Assert.Contains("roster", writer.ToString());
    }

    /// <summary>Stands in for the document generator: the command's orchestration is under test, not the documents.</summary>
    private sealed class StubGenerator : IDocumentGenerator
    {
        private int _calls;
        public int Calls => _calls;
        public Action<string>? OnLearner { get; init; }

        public GeneratedFile Generate(DocumentRequest request, Stream output) => throw new NotSupportedException();

        public GeneratedFile GenerateUnitPack(string unitId, string? qualificationId, LearnerDetails learner, Stream output) =>
            GenerateQualificationPack(qualificationId ?? "", learner, output);

        public GeneratedFile GenerateQualificationPack(string qualificationId, LearnerDetails learner, Stream output)
        {
            OnLearner?.Invoke(learner.RegistrationNumber);
            Interlocked.Increment(ref _calls);
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            using var writer = new StreamWriter(zip.CreateEntry("8585-302/coaching-diary.docx").Open(), Encoding.UTF8);
            writer.Write(learner.RegistrationNumber);
            return new GeneratedFile("pack.zip", "application/zip");
        }

        public static QualificationCatalogue Catalogue()
        {
            static Unit Unit(string id) => new(id, null, "8585", "Unit " + id, 3, 4, 20, "portfolio",
                [new LearningOutcome("1", "Understand", [new AssessmentCriterion("1.1", "Explain", null, null, [])])], [], [], null, null);
            return new QualificationCatalogue("test",
                [new Qualification("8585-L3-CERT", "ILM Level 3 Certificate in Effective Coaching", 3, "8585", null, ["8585-300", "8585-302"], [], null, null, null, null, null)],
                [Unit("8585-300"), Unit("8585-302")]);
        }
    }
}
