using CoachingDocs.Cli.Interaction;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;

namespace CoachingDocs.Cli;

/// <summary>
/// What commands use from the world outside: the console, the working folder, environment settings and how to make the
/// generator. <see cref="CoachDocsCli"/> builds every command from one of these, in the program and in tests alike.
/// </summary>
public sealed class CliEnvironment
{
    public required IConsoleOutput Output { get; init; }

    public required TextWriter StandardOutput { get; init; }

    public required TextWriter StandardError { get; init; }

    public string CurrentDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Reads an environment variable (COACHDOCS_CATALOGUE, COACHDOCS_TEMPLATES).</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Makes the generator for a loaded catalogue, the product's templates folder and a centre's templates folder.</summary>
    public required Func<QualificationCatalogue, string?, string?, IDocumentGenerator> CreateGenerator { get; init; }

    public static CliEnvironment ForConsole()
    {
        var output = Console.Out;
        var error = Console.Error;
        return new CliEnvironment
        {
            // Redirected output (a file, a pipe) gets plain text without escape codes.
            Output = Console.IsOutputRedirected
                ? SpectreConsoleOutput.Plain(output, error, RedirectedWidth())
                : new SpectreConsoleOutput(Spectre.Console.AnsiConsole.Console, error),
            StandardOutput = output,
            StandardError = error,
            CreateGenerator = GeneratorFactory.Create,
        };
    }

    /// <summary>A pipe has no width of its own: COLUMNS when the shell exports it, else 120.</summary>
    private static int RedirectedWidth() =>
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : 120;
}
