using System.CommandLine;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Validation;

namespace CoachingDocs.Cli.Commands.Generate;

/// <summary>
/// The steps every <c>generate</c> subcommand takes, in order: read the learner, check everything against the catalogue,
/// generate into memory, then write the file in one move. Any refusal happens before a byte reaches the disk.
/// </summary>
public abstract class GenerateCommandBase : Command
{
    protected LearnerOptions Learner { get; } = new();

    public Option<string> Out { get; } = new("--out", "-o")
    {
        Description = "File to write, or a folder to write it in (default: the working folder, with the name the generator gives).",
        HelpName = "PATH",
    };

    public Option<string> Templates { get; } = ContentOptions.CreateTemplatesOption();

    public Option<bool> Force { get; } = new("--force") { Description = "Replace the output file if it already exists." };

    protected GenerateCommandBase(string name, string description, CliEnvironment environment) : base(name, description)
    {
        foreach (var option in Learner.All) Options.Add(option);
        Options.Add(Out);
        Options.Add(Force);
        Options.Add(Templates);
        SetAction(parse => Execute(parse, environment));
    }

    /// <summary>What is wrong with the request, before anything is generated.</summary>
    protected abstract IReadOnlyList<InputProblem> Check(ParseResult parse, QualificationCatalogue catalogue, LearnerDetails learner);

    protected abstract GeneratedFile Generate(ParseResult parse, IDocumentGenerator generator, LearnerDetails learner, Stream output);

    protected static readonly GenerationRequestChecker.FieldNames CommandLineNames = new("KIND", "--unit", "--qualification");

    private int Execute(ParseResult parse, CliEnvironment environment)
    {
        var catalogue = ContentOptions.LoadCatalogue(parse, environment).Catalogue;
        var learner = Learner.Read(parse, environment);
        var problems = Check(parse, catalogue, learner);
        if (problems.Count > 0)
            throw new CommandFailure(ExitCodes.InvalidInput, OptionNames.Describe(problems));

        var generator = environment.CreateGenerator(catalogue, ContentOptions.ProductTemplatesFolder(environment),
            ContentOptions.CentreTemplatesFolder(parse.GetValue(Templates), environment));
        using var buffer = new MemoryStream();
        GeneratedFile file;
        try
        {
            file = Generate(parse, generator, learner, buffer);
        }
        catch (InvalidRequestException ex)
        {
            throw new CommandFailure(ExitCodes.InvalidInput, OptionNames.Describe(ex.Problems));
        }

        var target = OutputFile.Resolve(parse.GetValue(Out), file.FileName, environment.CurrentDirectory);
        OutputFile.Write(target, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), parse.GetValue(Force));
        environment.Output.WriteLine($"Wrote {target} ({buffer.Length / 1024.0:0.#} KB)");
        return ExitCodes.Success;
    }
}
