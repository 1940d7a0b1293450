namespace CoachingDocs.Core.Checking;

/// <summary>Rule statuses as the report writes them.</summary>
public static class RuleStatus
{
    public const string Met = "met";
    public const string NotMet = "notMet";
    public const string MetWithException = "metWithException";
}

/// <summary>One unit rule applied to the portfolio: its figure against what is required, and the findings it raised.</summary>
public sealed record RuleOutcome(string Id, string Kind, decimal? Figure, decimal? Required, string Status, string Description, IReadOnlyList<Finding> Findings);
