using System.Globalization;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Reports;

/// <summary>
/// Unit rules in words for the views people read (the result sheet, the evidence matrix, the summary workbook, the web
/// page's copy in wwwroot/app/report.js): "Minimum hours", and the figure with its unit ("12.5 hours"), never the
/// catalogue's ids. A rule kind added to <see cref="RuleKinds"/> without words here is shown by its description.
/// </summary>
public static class RuleNames
{
    private static readonly Dictionary<string, (string Name, string One, string Many)> Words = new(StringComparer.Ordinal)
    {
        [RuleKinds.MinHours] = ("Minimum hours", "hour", "hours"),
        [RuleKinds.MinIndividuals] = ("Minimum individuals coached", "individual", "individuals"),
        [RuleKinds.MaxIndividuals] = ("Maximum individuals coached", "individual", "individuals"),
        [RuleKinds.MinSupervisionSessions] = ("Minimum supervision sessions", "session", "sessions"),
        [RuleKinds.MinSupervisionHours] = ("Minimum supervision hours", "hour", "hours"),
        [RuleKinds.MinPlanMonths] = ("Minimum length of the development plan", "month", "months"),
        [RuleKinds.ReflectionEverySession] = ("A reflection on every session", "session", "sessions"),
        [RuleKinds.FeedbackEverySession] = ("Client feedback on every session", "session", "sessions"),
    };

    /// <summary>"Minimum hours" for <c>minHours</c>; the description (else the kind) for a kind without words.</summary>
    public static string Name(string kind, string? description = null) =>
        Words.TryGetValue(kind, out var words) ? words.Name : description ?? kind;

    /// <summary>"12.5 hours", "1 individual"; "none" when the figure is missing.</summary>
    public static string Quantity(string kind, decimal? figure)
    {
        if (figure is not { } value) return "none";
        var number = value.ToString("0.##", CultureInfo.InvariantCulture);
        return Words.TryGetValue(kind, out var words) ? $"{number} {(value == 1 ? words.One : words.Many)}" : number;
    }

    /// <summary>
    /// The figure against what the rule asks, as a sentence fragment: "12.5 hours against the 12 hours required",
    /// "2 individuals; at most 2 allowed", "7 of the 8 sessions reflected on"; just the quantity when nothing is asked.
    /// </summary>
    public static string FigureAgainstRequired(string kind, decimal? figure, decimal? required)
    {
        if (required is not { } asked) return Quantity(kind, figure);
        return kind switch
        {
            RuleKinds.MaxIndividuals => $"{Quantity(kind, figure)}; at most {Quantity(kind, asked)} allowed",
            // For the every-session rules the required figure is the number of sessions read.
            RuleKinds.ReflectionEverySession => $"{Number(figure)} of the {Count(asked, "session")} reflected on",
            RuleKinds.FeedbackEverySession => $"{Number(figure)} of the {Count(asked, "session")} with client feedback",
            _ => $"{Quantity(kind, figure)} against the {Quantity(kind, asked)} required",
        };
    }

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "none";

    /// <summary>"1 session", "2 sessions".</summary>
    public static string Count(decimal value, string one, string? many = null) =>
        $"{value.ToString("0.##", CultureInfo.InvariantCulture)} {(value == 1 ? one : many ?? one + "s")}";
}
