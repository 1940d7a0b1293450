using System.CommandLine;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Validation;

namespace CoachingDocs.Cli.Commands.Generate;

/// <summary><c>coachdocs generate document KIND --unit UNIT ...</c></summary>
public sealed class GenerateDocumentCommand : GenerateCommandBase, IHasExamples
{
    public Argument<string> Kind { get; } = new("KIND")
    {
        Description = $"The document to make: {string.Join(", ", DocumentKinds.All)}. 'coachdocs catalogue UNIT' lists a unit's kinds.",
    };

    public Option<string> Unit { get; } = new("--unit", "-u") { Description = "Unit id, for example 8585-302.", Required = true };

    public Option<string> Qualification { get; } = new("--qualification", "-q") { Description = "Qualification id (optional; it must include the unit)." };

    public GenerateDocumentCommand(CliEnvironment environment) : base("document",
        "Make one personalised document (.docx, or .xlsx for the hours log) for one learner and unit.", environment)
    {
        Arguments.Add(Kind);
        Options.Insert(0, Unit);
        Options.Insert(1, Qualification);
    }

    public IReadOnlyList<string> Examples { get; } =
    [
        "coachdocs generate document coaching-diary --unit 8585-302 --name \"Jo Learner\" --registration-number R123 \\",
        "    --centre-name \"North Centre\" --centre-number 12345 --client \"Client A\" --client \"Client B\" --out diaries/",
        "coachdocs generate document result-sheet --unit L5-501 --learner jo.json --out jo-result-sheet.docx",
    ];

    protected override IReadOnlyList<InputProblem> Check(ParseResult parse, QualificationCatalogue catalogue, LearnerDetails learner) =>
        GenerationRequestChecker.CheckDocument(catalogue, parse.GetValue(Kind), parse.GetValue(Unit), parse.GetValue(Qualification), learner, CommandLineNames);

    protected override GeneratedFile Generate(ParseResult parse, IDocumentGenerator generator, LearnerDetails learner, Stream output) =>
        generator.Generate(new DocumentRequest(parse.GetValue(Kind)!, parse.GetValue(Unit)!, parse.GetValue(Qualification), learner), output);
}
