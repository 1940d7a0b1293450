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
        [RuleKinds.ReflectionEverySession] = ("A reflection on every session", "session reflected on", "sessions reflected on"),
        [RuleKinds.FeedbackEverySession] = ("Client feedback on every session", "session with feedback", "sessions with feedback"),
    };

    /// <summary>"Minimum hours" for <c>minHours</c>; the description (else the kind) for a kind without words.</summary>
    public static string Name(string kind, string? description = null) =>
        Words.TryGetValue(kind, out var words) ? words.Name : description ?? kind;

    /// <summary>"12.5 hours", "1 individual", "7 sessions reflected on"; "none" when the figure is missing.</summary>
    public static string Quantity(string kind, decimal? figure)
    {
        if (figure is not { } value) return "none";
        var number = value.ToString("0.##", CultureInfo.InvariantCulture);
        return Words.TryGetValue(kind, out var words) ? $"{number} {(value == 1 ? words.One : words.Many)}" : number;
    }

    /// <summary>"12.5 hours against the 12 hours required", or just the quantity when the rule names no figure to reach.</summary>
    public static string FigureAgainstRequired(string kind, decimal? figure, decimal? required)
    {
        if (required is null) return Quantity(kind, figure);
        var limit = kind == RuleKinds.MaxIndividuals ? "allowed at most" : "required";
        // For the every-session rules the required figure is the number of sessions read.
        if (kind is RuleKinds.ReflectionEverySession or RuleKinds.FeedbackEverySession)
            return $"{Quantity(kind, figure)} of {Count(required.Value, "session")}";
        return $"{Quantity(kind, figure)} against the {Quantity(kind, required)} {limit}";
    }

    /// <summary>"1 session", "2 sessions".</summary>
    public static string Count(decimal value, string one, string? many = null) =>
        $"{value.ToString("0.##", CultureInfo.InvariantCulture)} {(value == 1 ? one : many ?? one + "s")}";
}
