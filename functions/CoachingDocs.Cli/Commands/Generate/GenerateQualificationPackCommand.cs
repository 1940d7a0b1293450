using System.CommandLine;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Validation;

namespace CoachingDocs.Cli.Commands.Generate;

/// <summary><c>coachdocs generate qualification-pack QUALIFICATION ...</c></summary>
public sealed class GenerateQualificationPackCommand : GenerateCommandBase, IHasExamples
{
    public Argument<string> Qualification { get; } = new("QUALIFICATION")
    {
        Description = "Qualification id ('coachdocs catalogue' lists them).",
    };

    public GenerateQualificationPackCommand(CliEnvironment environment) : base("qualification-pack",
        "Make every document of every unit of a qualification for one learner, as a zip with a folder per unit.", environment)
    {
        Arguments.Add(Qualification);
    }

    public IReadOnlyList<string> Examples { get; } =
    [
        "coachdocs generate qualification-pack 8585-certificate --learner jo.json --out packs/",
        "coachdocs catalogue                          lists the qualification ids",
    ];

    protected override IReadOnlyList<InputProblem> Check(ParseResult parse, QualificationCatalogue catalogue, LearnerDetails learner) =>
        GenerationRequestChecker.CheckQualificationPack(catalogue, parse.GetValue(Qualification), learner, CommandLineNames with { Qualification = "QUALIFICATION" });

    protected override GeneratedFile Generate(ParseResult parse, IDocumentGenerator generator, LearnerDetails learner, Stream output) =>
        generator.GenerateQualificationPack(parse.GetValue(Qualification)!, learner, output);
}
