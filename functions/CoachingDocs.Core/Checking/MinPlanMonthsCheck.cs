using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Checking;

/// <summary>The development plan's length in months (stated, or from its first to its last date) against the minimum.</summary>
public sealed class MinPlanMonthsCheck : IRuleCheck
{
    public string Kind => RuleKinds.MinPlanMonths;

    public RuleOutcome Evaluate(UnitRule rule, PortfolioFacts facts)
    {
        var required = rule.Value ?? 0;
        if (facts.PlanMonths is not { } months)
            return RuleChecks.Outcome(rule, null, false, $"no plan length found; at least {RuleChecks.Figure(required)} months required",
                facts.HasPlan
                    ? new Finding(FindingCodes.PlanTooShort, $"the development plan has fewer than two readable dates, so its length is unknown; at least {RuleChecks.Figure(required)} months required")
                    : new Finding(FindingCodes.NoPlan, $"no development plan found; one covering at least {RuleChecks.Figure(required)} months is required"));
        var met = months >= required;
        return RuleChecks.Outcome(rule, months, met, $"plan covers {RuleChecks.Figure(months)} months; at least {RuleChecks.Figure(required)} required",
            met ? [] : [new Finding(FindingCodes.PlanTooShort, $"the plan covers {RuleChecks.Figure(months)} months, at least {RuleChecks.Figure(required)} required")]);
    }
}
