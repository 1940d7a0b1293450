using System.CommandLine;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Validation;

namespace CoachingDocs.Cli.Commands.Generate;

/// <summary><c>coachdocs generate unit-pack UNIT ...</c></summary>
public sealed class GenerateUnitPackCommand : GenerateCommandBase, IHasExamples
{
    public Argument<string> Unit { get; } = new("UNIT") { Description = "Unit id, for example 8585-302 ('coachdocs catalogue' lists them)." };

    public Option<string> Qualification { get; } = new("--qualification", "-q") { Description = "Qualification id (optional; it must include the unit)." };

    public GenerateUnitPackCommand(CliEnvironment environment) : base("unit-pack",
        "Make every document of one unit for one learner, as a zip.", environment)
    {
        Arguments.Add(Unit);
        Options.Insert(0, Qualification);
    }

    public IReadOnlyList<string> Examples { get; } =
    [
        "coachdocs generate unit-pack 8585-302 --learner jo.json --out packs/",
        "where jo.json holds {\"name\": \"Jo Learner\", \"registrationNumber\": \"R123\", \"centreName\": \"North Centre\", \"centreNumber\": \"12345\", \"clientRefs\": [\"Client A\"]}",
    ];

    protected override IReadOnlyList<InputProblem> Check(ParseResult parse, QualificationCatalogue catalogue, LearnerDetails learner) =>
        GenerationRequestChecker.CheckUnitPack(catalogue, parse.GetValue(Unit), parse.GetValue(Qualification), learner, CommandLineNames with { Unit = "UNIT" });

    protected override GeneratedFile Generate(ParseResult parse, IDocumentGenerator generator, LearnerDetails learner, Stream output) =>
        generator.GenerateUnitPack(parse.GetValue(Unit)!, parse.GetValue(Qualification), learner, output);
}
