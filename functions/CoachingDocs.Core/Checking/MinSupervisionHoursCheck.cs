using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Checking;

/// <summary>Hours of supervision recorded against the unit's minimum.</summary>
public sealed class MinSupervisionHoursCheck : IRuleCheck
{
    public string Kind => RuleKinds.MinSupervisionHours;

    public RuleOutcome Evaluate(UnitRule rule, PortfolioFacts facts)
    {
        var hours = RuleChecks.Hours(facts.SupervisionMinutes);
        var required = rule.Value ?? 0;
        var met = facts.SupervisionMinutes >= required * 60;
        var text = $"{RuleChecks.Figure(hours)} hours of supervision recorded; at least {RuleChecks.Figure(required)} required";
        if (met) return RuleChecks.Outcome(rule, hours, true, text);
        var count = facts.Supervision.Count();
        return RuleChecks.Outcome(rule, hours, false, text, count == 0
            ? new Finding(FindingCodes.NoSupervision, $"no supervision found; at least {RuleChecks.Figure(required)} hours required")
            : new Finding(FindingCodes.SupervisionShort, $"{RuleChecks.Figure(hours)} hours of supervision found in {count} sessions, {RuleChecks.Figure(required)} required"
                + (facts.Supervision.Any(s => s.Minutes is null) ? " (some supervision records give no duration)" : "")));
    }
}
