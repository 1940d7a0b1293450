using System.CommandLine;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Cohorts;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Roster;
using Spectre.Console;
using CoachingDocs.Cli.Commands;

namespace CoachingDocs.Cli.Commands.Cohort;

/// <summary>
/// <c>coachdocs cohort ROSTER --out ZIP</c>: every learner's pack from a roster into one zip, with a progress bar.
/// Finished learners are checkpointed beside the output, so after Ctrl+C or a crash the same command resumes; the
/// zip is written under a temporary name and only renamed to ZIP when complete.
/// </summary>
public sealed class CohortCommand : Command, IHasExamples
{
    public IReadOnlyList<string> Examples { get; } =
    [
        "coachdocs cohort templates/samples/roster.csv --out cohort.zip",
        "coachdocs cohort intake-2025.xlsx --out packs/intake-2025.zip --parallel 2",
        "coachdocs cohort roster.csv --out cohort.zip --templates centre-templates/ --keep-checkpoints",
    ];

    public const int ExitOk = ExitCodes.Success;
    public const int ExitBadInput = ExitCodes.InvalidInput;
    public const int ExitOutputError = ExitCodes.OutputError;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it); the checkpoints are kept.</summary>
    public const int ExitCancelled = ExitCodes.Cancelled;

    private readonly Argument<FileInfo> _roster = new("ROSTER")
    {
        Description = "The roster, .csv or .xlsx, one learner a row: Learner name, Registration number, Centre name, Centre number, " +
            "Qualification (an id from 'coachdocs catalogue', e.g. 8585-certificate), and optionally Units, Assessor, Client references, " +
            "Start date, End date, Planned sessions (docs/cohorts.md; a sample: templates/samples/roster.csv)",
    };
    private readonly Option<FileInfo> _out = new("--out", "-o") { Description = "The zip to write: a folder per learner holding their pack", Required = true };
    private readonly Option<DirectoryInfo?> _checkpoints = new("--checkpoints") { Description = "Where finished learners are kept for resuming (default: ZIP.checkpoints beside the output)" };
    private readonly Option<bool> _keepCheckpoints = new("--keep-checkpoints") { Description = "Keep the checkpoint folder after a complete run" };
    private readonly Option<int?> _parallel = new("--parallel") { Description = "Learners generated at once (default: the number of processor cores)" };

    private readonly Option<string> _templates = ContentOptions.CreateTemplatesOption();

    private readonly Func<ParseResult, QualificationCatalogue> _catalogue;
    private readonly Func<ParseResult, QualificationCatalogue, IDocumentGenerator> _generator;
    private readonly IAnsiConsole _console;
    private readonly TextWriter _error;

    /// <summary>The command as <c>coachdocs</c> ships it: catalogue and templates from the usual options and settings.</summary>
    public CohortCommand(CliEnvironment environment)
        : this(
            parse => ContentOptions.LoadCatalogue(parse, environment).Catalogue,
            (parse, catalogue) => environment.CreateGenerator(catalogue, ContentOptions.ProductTemplatesFolder(environment),
                ContentOptions.CentreTemplatesFolder(parse.GetValue(TemplatesOptionOf(parse)), environment)),
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(environment.StandardOutput) }),
            environment.StandardError)
    {
    }

    public CohortCommand(Func<ParseResult, QualificationCatalogue> catalogue, Func<ParseResult, QualificationCatalogue, IDocumentGenerator> generator,
        IAnsiConsole console, TextWriter error)
        : base("cohort", "Generate every learner's qualification pack from a roster into one zip, a folder per learner")
    {
        _catalogue = catalogue;
        _generator = generator;
        _console = console;
        _error = error;
        Arguments.Add(_roster);
        Options.Add(_out);
        Options.Add(_checkpoints);
        Options.Add(_keepCheckpoints);
        Options.Add(_parallel);
        Options.Add(_templates);
        SetAction((parse, cancellationToken) => ExecuteAsync(parse, cancellationToken));
    }

    private async Task<int> ExecuteAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var rosterFile = parse.GetValue(_roster)!;
        var output = parse.GetValue(_out)!;
        if (!rosterFile.Exists)
            return Fail($"the roster {rosterFile.FullName} does not exist");
        if (parse.GetValue(_parallel) is < 1)
            return Fail("--parallel must be at least 1");

        QualificationCatalogue catalogue;
        IDocumentGenerator generator;
        try
        {
            catalogue = _catalogue(parse);
            generator = _generator(parse, catalogue);
        }
        catch (CommandFailure failure)
        {
            _error.WriteLine($"coachdocs: {failure.Message}");
            return failure.ExitCode;
        }
        RosterReadResult roster;
        try
        {
            await using var stream = rosterFile.OpenRead();
            roster = RosterReader.Read(stream, catalogue);
        }
        catch (RosterFormatException ex)
        {
            return Fail($"{rosterFile.Name}: {ex.Message}");
        }
        foreach (var warning in roster.Warnings)
            _error.WriteLine($"coachdocs: warning: {rosterFile.Name}: {warning}");
        foreach (var problem in roster.Problems)
            _error.WriteLine($"coachdocs: warning: {rosterFile.Name} {problem} (row skipped)");
        if (roster.Learners.Count == 0)
            return Fail($"{rosterFile.Name}: no row can be used; see the warnings above");

        var checkpointFolder = parse.GetValue(_checkpoints)?.FullName ?? output.FullName + ".checkpoints";
        var settings = new CohortSettings { MaxParallelism = parse.GetValue(_parallel) ?? Environment.ProcessorCount };
        var builder = new CohortPackBuilder(generator, settings);
        var partial = output.FullName + ".partial";
        try
        {
            Directory.CreateDirectory(output.DirectoryName ?? ".");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _error.WriteLine($"coachdocs: cannot create the folder for {output.FullName}: {ex.Message}");
            return ExitOutputError;
        }

        CohortResult result;
        try
        {
            result = await _console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Generating {roster.Learners.Count} learners' packs", maxValue: roster.Learners.Count);
                    var progress = new InlineProgress(p => task.Value = p.Done);
                    await using var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                    return await builder.BuildAsync(roster.Learners, file, new FolderCohortCheckpoints(checkpointFolder), progress, cancellationToken);
                });
        }
        catch (OperationCanceledException)
        {
            File.Delete(partial);
            _error.WriteLine($"coachdocs: cancelled: finished learners are kept in {checkpointFolder}; run the same command again to resume");
            return ExitCancelled;
        }

        File.Move(partial, output.FullName, overwrite: true);
        if (!parse.GetValue(_keepCheckpoints))
            Directory.Delete(checkpointFolder, recursive: true);
        foreach (var failure in result.Failures)
            _error.WriteLine($"coachdocs: warning: {rosterFile.Name} row {failure.Row}: not generated: {failure.Reason}");
        _console.MarkupLineInterpolated(
            $"Wrote {result.Learners - result.Failures.Count} learners' packs to {output.FullName} ({result.Resumed} resumed, {result.Failures.Count + roster.Problems.Count} rows skipped)");
        return ExitOk;
    }

    private int Fail(string message)
    {
        _error.WriteLine($"coachdocs: {message}");
        return ExitBadInput;
    }

    // The templates option of whichever cohort command parsed this line (one instance per root command).
    private static Option<string> TemplatesOptionOf(ParseResult parse) =>
        ((CohortCommand)parse.CommandResult.Command)._templates;

    private sealed class InlineProgress(Action<CohortProgress> report) : IProgress<CohortProgress>
    {
        public void Report(CohortProgress value) => report(value);
    }
}
