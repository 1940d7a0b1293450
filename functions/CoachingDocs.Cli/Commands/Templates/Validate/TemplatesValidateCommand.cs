using System.CommandLine;
using System.Text.Json;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Cli.Commands.Templates.Validate;

/// <summary><c>coachdocs templates validate FILE [--kind KIND] [--format json]</c></summary>
public sealed class TemplatesValidateCommand : Command, IHasExamples
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public Argument<string> File { get; } = new("FILE") { Description = "The .docx or .xlsx template to check." };

    public Option<string> Kind { get; } = new("--kind", "-k")
    {
        Description = "The document kind the template is for (default: the kind its file name contains, e.g. my-coaching-diary.docx).",
    };

    public Option<string> Format { get; } = FormatOption.Create();

    public TemplatesValidateCommand(CliEnvironment environment) : base("validate",
        "Check a (customised) template: list the tags it lacks or misuses, so a restyled template keeps working.")
    {
        Arguments.Add(File);
        Options.Add(Kind);
        Options.Add(Format);
        SetAction(parse => Run(parse, environment));
    }

    public IReadOnlyList<string> Examples { get; } =
    [
        "coachdocs templates validate my-centre/coaching-diary.docx",
        "coachdocs templates validate \"Centre diary v2.docx\" --kind coaching-diary --format json",
    ];

    private int Run(ParseResult parse, CliEnvironment environment)
    {
        var path = Path.GetFullPath(parse.GetValue(File)!, environment.CurrentDirectory);
        var kind = parse.GetValue(Kind) ?? TemplateBuilder.KindFromFileName(path)
            ?? throw new CommandFailure(ExitCodes.InvalidInput,
                $"the file name does not say which document it is; give --kind ({string.Join(", ", DocumentKinds.All)})");
        if (!DocumentKinds.IsKnown(kind))
            throw new CommandFailure(ExitCodes.InvalidInput, $"--kind '{kind}' is not a document kind; known: {string.Join(", ", DocumentKinds.All)}");

        TemplateValidationResult result;
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            result = TemplateValidator.Validate(stream, kind);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailure(ExitCodes.InvalidInput, $"the template could not be read: {ex.Message}");
        }
        if (result.Problems is [{ Kind: TemplateProblemKind.Unreadable } unreadable])
            throw new CommandFailure(ExitCodes.InvalidInput, $"{Path.GetFileName(path)}: {unreadable.Message}");

        if (FormatOption.IsJson(parse.GetValue(Format)))
        {
            environment.Output.WriteRaw(JsonSerializer.Serialize(new
            {
                File = path,
                result.Kind,
                Valid = result.IsValid,
                Problems = result.Problems.Select(p => new { Kind = p.Kind.ToString(), p.Tag, p.Message }),
            }, Json) + Environment.NewLine);
        }
        else if (result.IsValid)
        {
            environment.Output.WriteLine($"{Path.GetFileName(path)}: a valid {kind} template (every tag present and well placed).");
        }
        else
        {
            environment.Output.WriteHeading($"{Path.GetFileName(path)}: {result.Problems.Count} problem(s) for a {kind} template");
            environment.Output.WriteTable(["Problem", "Tag", "What to do"],
                result.Problems.Select(p => (IReadOnlyList<string>)[p.Kind.ToString(), p.Tag, p.Message]));
        }
        return result.IsValid ? ExitCodes.Success : ExitCodes.TemplateHasProblems;
    }
}
