using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Checking;

/// <summary>Total coaching hours, the sum of the sessions read, against the unit's minimum.</summary>
public sealed class MinHoursCheck : IRuleCheck
{
    public string Kind => RuleKinds.MinHours;

    public RuleOutcome Evaluate(UnitRule rule, PortfolioFacts facts)
    {
        var hours = RuleChecks.Hours(facts.TotalMinutes);
        var required = rule.Value ?? 0;
        var met = facts.TotalMinutes >= required * 60;
        var text = $"{RuleChecks.Figure(hours)} hours of coaching read ({facts.TotalMinutes} minutes over {facts.Sessions.Count} sessions); at least {RuleChecks.Figure(required)} required";
        return RuleChecks.Outcome(rule, hours, met, text,
            met ? [] : [new Finding(FindingCodes.HoursShort, $"{RuleChecks.Figure(hours)} hours read, {RuleChecks.Figure(required)} required: {RuleChecks.Figure(required - hours)} short")]);
    }
}
