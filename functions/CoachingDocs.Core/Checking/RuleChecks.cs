using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Checking;

/// <summary>Every rule check, by kind. A kind the catalogue allows but nothing checks fails the completeness test.</summary>
public static class RuleChecks
{
    public static readonly IReadOnlyDictionary<string, IRuleCheck> ByKind = new IRuleCheck[]
    {
        new MinHoursCheck(), new MinIndividualsCheck(), new MaxIndividualsCheck(), new MinSupervisionSessionsCheck(),
        new MinSupervisionHoursCheck(), new MinPlanMonthsCheck(), new ReflectionEverySessionCheck(), new FeedbackEverySessionCheck(),
    }.ToDictionary(c => c.Kind, StringComparer.Ordinal);

    internal static decimal Hours(int minutes) => Math.Round(minutes / 60m, 2);

    internal static string Figure(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    internal static RuleOutcome Outcome(UnitRule rule, decimal? figure, bool met, string description, params Finding[] findings) =>
        new(rule.Kind, rule.Kind, figure, rule.Value, met ? RuleStatus.Met : RuleStatus.NotMet, description, findings);
}
