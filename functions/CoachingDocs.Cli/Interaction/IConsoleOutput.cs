namespace CoachingDocs.Cli.Interaction;

/// <summary>Everything commands write goes through here, so tests capture it and the console library stays replaceable.</summary>
public interface IConsoleOutput
{
    void WriteLine(string text = "");

    void WriteHeading(string text);

    void WriteTable(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows);

    /// <summary>Machine-readable output, written exactly as given.</summary>
    void WriteRaw(string text);

    /// <summary>One line on stderr.</summary>
    void WriteError(string text);
}
