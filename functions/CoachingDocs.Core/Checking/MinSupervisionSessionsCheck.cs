using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Checking;

/// <summary>Supervision sessions recorded against the unit's minimum.</summary>
public sealed class MinSupervisionSessionsCheck : IRuleCheck
{
    public string Kind => RuleKinds.MinSupervisionSessions;

    public RuleOutcome Evaluate(UnitRule rule, PortfolioFacts facts)
    {
        var count = facts.Supervision.Count();
        var required = rule.Value ?? 0;
        var met = count >= required;
        var text = $"{count} supervision sessions recorded; at least {RuleChecks.Figure(required)} required";
        if (met) return RuleChecks.Outcome(rule, count, true, text);
        return RuleChecks.Outcome(rule, count, false, text, count == 0
            ? new Finding(FindingCodes.NoSupervision, $"no supervision session found; at least {RuleChecks.Figure(required)} required")
            : new Finding(FindingCodes.SupervisionShort, $"{count} supervision sessions found, at least {RuleChecks.Figure(required)} required"));
    }
}
