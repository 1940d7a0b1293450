using System.CommandLine;
using CoachingDocs.Cli.Commands.Templates.Validate;

namespace CoachingDocs.Cli.Commands.Templates;

/// <summary><c>coachdocs templates</c>: shows its help when run bare.</summary>
public sealed class TemplatesCommand : Command
{
    public TemplatesCommand(CliEnvironment environment) : base("templates",
        "Work with the Word/Excel templates, for example a centre's restyled copies.")
    {
        Subcommands.Add(new TemplatesValidateCommand(environment));
        SetAction(parse => new ExamplesHelpAction().Invoke(parse));
    }
}
