using System.CommandLine;

namespace CoachingDocs.Cli.Commands.Templates.Validate;

/// <summary><c>coachdocs templates validate FILE [--kind KIND]</c></summary>
public sealed class TemplatesValidateCommand : Command, IHasExamples
{
    public Argument<string> File { get; } = new("FILE") { Description = "The .docx or .xlsx template to check." };

    public Option<string> Kind { get; } = new("--kind", "-k")
    {
        Description = "The document kind the template is for (default: the kind the template says it is).",
    };

    public TemplatesValidateCommand(CliEnvironment environment) : base("validate",
        "Check a (customised) template: list the tags it lacks or misuses, so a restyled template keeps working.")
    {
        Arguments.Add(File);
        Options.Add(Kind);
        SetAction(NotAvailable);
    }

    public IReadOnlyList<string> Examples { get; } =
    [
        "coachdocs templates validate my-centre/coaching-diary.docx --kind coaching-diary",
    ];

    private static int NotAvailable(ParseResult parse) =>
        throw new CommandFailure(ExitCodes.UnexpectedError, "template validation is not available in this build");
}
