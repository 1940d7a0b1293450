using System.CommandLine;

namespace CoachingDocs.Cli.Commands.Generate;

/// <summary><c>coachdocs generate</c>: shows its help when run bare.</summary>
public sealed class GenerateCommand : Command
{
    public GenerateCommand(CliEnvironment environment) : base("generate",
        """
        Make personalised documents for a learner: one document, a unit pack or a qualification pack.
        Learner details come from options or a JSON file (--learner); nothing is written if any detail is refused.
        """)
    {
        Subcommands.Add(new GenerateDocumentCommand(environment));
        Subcommands.Add(new GenerateUnitPackCommand(environment));
        Subcommands.Add(new GenerateQualificationPackCommand(environment));
        SetAction(parse => new ExamplesHelpAction().Invoke(parse));
    }
}
