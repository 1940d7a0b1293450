namespace CoachingDocs.Cli.Commands;

/// <summary>A command cannot go on: the message is the one line the user sees on stderr, the exit code says what kind.</summary>
public sealed class CommandFailure(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
