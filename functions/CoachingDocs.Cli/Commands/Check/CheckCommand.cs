using System.CommandLine;
using CoachingDocs.Cli.Commands.Generate;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using CoachingDocs.Core.Reports;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Cli.Commands.Check;

/// <summary>
/// <c>coachdocs check FILE... [--unit U] [--format json|docx|matrix|xlsx] [--out PATH] [--templates DIR]</c>: the same check as
/// <c>POST /api/check</c>. Exits 0 whenever the check ran, whatever it found; non-zero, with one line on stderr, only
/// when it could not run (a file missing or refused, an unknown unit, the output not writable).
/// </summary>
public sealed class CheckCommand : Command, IHasExamples
{
    public Argument<string[]> Files { get; } = new("FILE")
    {
        Description = "The learner's completed files (.docx, .xlsx): diary, reflective log, feedback forms, supervision, plan, hours log.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Unit { get; } = new("--unit", "-u") { Description = "Unit id to check against, e.g. 8585-302 (default: the unit the files say they are for)." };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "json: the report (default, to stdout unless --out); docx: the auto-checked result sheet; matrix: the evidence matrix; xlsx: the summary workbook.",
        DefaultValueFactory = _ => ReportFormats.Json,
        HelpName = "json|docx|matrix|xlsx",
    };

    public Option<string> Out { get; } = new("--out", "-o")
    {
        Description = "File to write, or a folder to write it in (docx/matrix/xlsx default: the working folder).",
        HelpName = "PATH",
    };

    public Option<string> Templates { get; } = ContentOptions.CreateTemplatesOption();

    public Option<bool> Force { get; } = new("--force") { Description = "Replace the output file if it already exists." };

    public CheckCommand(CliEnvironment environment) : base("check", "Check a learner's completed documents: hours, unit rules, AC evidence. Never awards Pass/Referral.")
    {
        Format.AcceptOnlyFromAmong([.. ReportFormats.All]);
        Arguments.Add(Files);
        Options.Add(Unit);
        Options.Add(Format);
        Options.Add(Out);
        Options.Add(Templates);
        Options.Add(Force);
        // The token is System.CommandLine's: cancelled on Ctrl+C (SIGINT) or SIGTERM, and the check stops with it.
        SetAction((parse, cancellation) => Task.FromResult(Execute(parse, environment, cancellation)));
    }

    public IReadOnlyList<string> Examples { get; } =
    [
        "coachdocs check diary.docx reflective-log.docx feedback.docx --unit 8585-302",
        "coachdocs check diary.docx hours.xlsx --format docx --out result-sheet.docx",
        "coachdocs check *.docx --format xlsx --out checks/",
    ];

    private int Execute(ParseResult parse, CliEnvironment environment, CancellationToken cancellation)
    {
        var catalogue = ContentOptions.LoadCatalogue(parse, environment).Catalogue;
        var format = parse.GetValue(Format) ?? ReportFormats.Json;
        var streams = new List<UploadedFile>();
        try
        {
            foreach (var file in parse.GetValue(Files) ?? [])
            {
                var path = Path.GetFullPath(file, environment.CurrentDirectory);
                if (!File.Exists(path)) throw new CommandFailure(ExitCodes.InvalidInput, $"{file}: no such file");
                // Read-only and shared: the learner's file is never changed.
                streams.Add(new UploadedFile(Path.GetFileName(path), new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read)));
            }

            CheckReport report;
            try
            {
                report = CheckRunner.Run(catalogue, streams, parse.GetValue(Unit), cancellation: cancellation);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                throw new CommandFailure(ExitCodes.Cancelled, "check cancelled; nothing was written");
            }
            catch (UploadRejectedException ex)
            {
                throw new CommandFailure(ExitCodes.InvalidInput, $"{ex.Message} [{ex.Code}]");
            }

            using var buffer = new MemoryStream();
            // The Word views start from the unit's forms, the centre's own (--templates) when it has them.
            var generator = new DocumentGenerator(catalogue, new TemplateStore(ContentOptions.ProductTemplatesFolder(environment),
                ContentOptions.CentreTemplatesFolder(parse.GetValue(Templates), environment)));
            // The Word views carry the learner's name, registration and centre as their own files give them.
            var known = format is ReportFormats.Docx or ReportFormats.Matrix ? LearnerDetailsReader.Read(streams) : null;
            var written = ReportWriter.Write(report, catalogue.FindUnit(report.Unit.Id)!, format, buffer, generator, known);
            var outOption = parse.GetValue(Out);
            if (format == ReportFormats.Json && string.IsNullOrWhiteSpace(outOption))
            {
                environment.StandardOutput.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                environment.StandardOutput.WriteLine();
                return ExitCodes.Success;
            }
            var target = OutputFile.Resolve(outOption, written.FileName, environment.CurrentDirectory);
            OutputFile.Write(target, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), parse.GetValue(Force));
            environment.Output.WriteLine($"Wrote {target}: {Counted(report.Hours.Total, "hour")} in {Counted(report.Sessions.Count, "session")}, " +
                $"{Counted(report.Findings.Count, "finding")}, {Counted(report.Warnings.Count, "warning")}");
            return ExitCodes.Success;
        }
        finally
        {
            foreach (var stream in streams) stream.Content.Dispose();
        }
    }

    private static string Counted(decimal value, string one) => RuleNames.Count(value, one);
}
