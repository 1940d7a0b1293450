using CoachingDocs.Cli.Commands.Cohort;
using System.CommandLine;
using System.CommandLine.Help;
using CoachingDocs.Cli.Commands;
using CoachingDocs.Cli.Commands.Catalogue;
using CoachingDocs.Cli.Commands.Check;
using CoachingDocs.Cli.Commands.Generate;
using CoachingDocs.Cli.Commands.Templates;

namespace CoachingDocs.Cli;

/// <summary>
/// Builds the <c>coachdocs</c> command tree and runs a command line. The program and the tests both come through here,
/// so what is tested is what ships. Errors become one line on stderr and a named exit code, never a stack trace.
/// </summary>
public static class CoachDocsCli
{
    public static RootCommand BuildRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand(
            """
            coachdocs: the ILM coaching and mentoring documents, made for each learner and unit.
            Start with 'coachdocs catalogue' to see the units, then 'coachdocs generate --help'.
            """);
        root.Options.Add(ContentOptions.Catalogue);
        root.Subcommands.Add(new CatalogueCommand(environment));
        root.Subcommands.Add(new GenerateCommand(environment));
        root.Subcommands.Add(new TemplatesCommand(environment));
        root.Subcommands.Add(new CheckCommand(environment));
        root.Subcommands.Add(new CohortCommand(environment));
        root.SetAction(parse => new ExamplesHelpAction().Invoke(parse));
        ExamplesHelpAction.Install(root);
        return root;
    }

    public static int Run(string[] args, CliEnvironment environment)
    {
        // No @response files: a value such as "@Jo" is data (and then refused as formula-like), not a file to read.
        var parse = BuildRootCommand(environment).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0 && parse.Action is not (ExamplesHelpAction or HelpAction))
        {
            var command = string.Join(' ', CommandPath(parse));
            var message = string.Join(' ', parse.Errors[0].Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            environment.Output.WriteError($"coachdocs: {message} (see '{command} --help')");
            return ExitCodes.UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = environment.StandardOutput,
                Error = environment.StandardError,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CommandFailure failure)
        {
            environment.Output.WriteError($"coachdocs: {failure.Message}");
            return failure.ExitCode;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            environment.Output.WriteError($"coachdocs: unexpected error ({ex.GetType().Name}): {ex.Message}");
            return ExitCodes.UnexpectedError;
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new Stack<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Push(result.Command is RootCommand ? "coachdocs" : result.Command.Name);
        return names;
    }
}
