using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace CoachingDocs.Cli.Commands;

/// <summary>A command whose help ends with worked examples a new user can copy.</summary>
public interface IHasExamples
{
    IReadOnlyList<string> Examples { get; }
}

/// <summary>
/// The standard help followed by an "Examples:" section for commands that have one. Examples are kept out of the
/// description so a parent's list of subcommands stays one line each.
/// </summary>
public sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction _standard = new();

    public override int Invoke(ParseResult parseResult)
    {
        _standard.Invoke(parseResult);
        if (parseResult.CommandResult.Command is IHasExamples { Examples.Count: > 0 } command)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in command.Examples) output.WriteLine($"  {example}");
            output.WriteLine();
        }
        return ExitCodes.Success;
    }

    /// <summary>Makes --help (on every command) and bare parent commands use this action.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>()) help.Action = new ExamplesHelpAction();
    }
}
