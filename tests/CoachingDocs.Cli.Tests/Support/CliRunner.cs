using CoachingDocs.Api.Tests.Support;
using CoachingDocs.Cli.Interaction;

namespace CoachingDocs.Cli.Tests.Support;

/// <summary>
/// Runs a real command line through <see cref="CoachDocsCli.Run"/> with captured output, a fresh working folder and no
/// environment variables. By default over the fixture catalogue with the recording generator in place of the Core one;
/// <c>shipped: true</c> runs it as it ships: the repository's catalogue and templates and the Core generator.
/// </summary>
public sealed class CliRunner(bool shipped = false) : IDisposable
{
    public static string FixtureCatalogue => Path.Combine(AppContext.BaseDirectory, "Fixtures", "catalogue");

    public string WorkingFolder { get; } = Directory.CreateTempSubdirectory("coachdocs-cli-tests-").FullName;

    public RecordingDocumentGenerator Generator { get; } = new();

    /// <summary>The console width commands lay their tables out for.</summary>
    public int Width { get; set; } = 120;

    public Dictionary<string, string> Variables { get; } = shipped ? [] : new() { ["COACHDOCS_CATALOGUE"] = FixtureCatalogue };

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Output = SpectreConsoleOutput.Plain(output, error, Width),
            StandardOutput = output,
            StandardError = error,
            CurrentDirectory = WorkingFolder,
            GetVariable = name => Variables.GetValueOrDefault(name),
            CreateGenerator = shipped ? GeneratorFactory.Create : (_, _, _) => Generator,
        };
        var exit = CoachDocsCli.Run(args, environment);
        return new Result(exit, output.ToString(), error.ToString());
    }

    public string[] FilesWritten() =>
        Directory.EnumerateFiles(WorkingFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(WorkingFolder, f)).Order().ToArray();

    public void Dispose() => Directory.Delete(WorkingFolder, recursive: true);
}
