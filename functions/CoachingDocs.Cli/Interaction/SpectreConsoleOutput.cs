using Spectre.Console;

namespace CoachingDocs.Cli.Interaction;

/// <summary>
/// <see cref="IConsoleOutput"/> over Spectre.Console. All text is escaped before it reaches Spectre: unit titles and
/// learner details are data, and a '[' in them must not be read as markup.
/// </summary>
public sealed class SpectreConsoleOutput(IAnsiConsole console, TextWriter error) : IConsoleOutput
{
    /// <summary>Plain text, no colours, at a fixed width: for redirected output and tests.</summary>
    public static SpectreConsoleOutput Plain(TextWriter output, TextWriter error, int width = 120)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return new SpectreConsoleOutput(console, error);
    }

    public void WriteLine(string text = "") => console.WriteLine(text);

    public void WriteHeading(string text) => console.MarkupLine($"[bold]{Markup.Escape(text)}[/]");

    /// <summary>
    /// Laid out by <see cref="TextTable"/> rather than a Spectre table, which splits a word that does not fit its column:
    /// an id such as 8585-302 must stay whole at any console width. Written straight to the output, unwrapped.
    /// </summary>
    public void WriteTable(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        foreach (var line in TextTable.Lines(headers, [.. rows], console.Profile.Width))
            console.Profile.Out.Writer.WriteLine(line);
    }

    public void WriteRaw(string text) => console.Profile.Out.Writer.Write(text);

    public void WriteError(string text) => error.WriteLine(text);
}
