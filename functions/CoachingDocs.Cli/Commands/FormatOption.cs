using System.CommandLine;

namespace CoachingDocs.Cli.Commands;

/// <summary><c>--format text|json</c>: text for people, JSON (the Api's shapes) for scripts.</summary>
public static class FormatOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: text (default) or json.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    public static bool IsJson(string? format) => string.Equals(format, "json", StringComparison.OrdinalIgnoreCase);
}
