using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Checking;

/// <summary>Number of individuals coached against the unit's minimum.</summary>
public sealed class MinIndividualsCheck : IRuleCheck
{
    public string Kind => RuleKinds.MinIndividuals;

    public RuleOutcome Evaluate(UnitRule rule, PortfolioFacts facts)
    {
        var required = rule.Value ?? 0;
        var met = facts.Clients >= required;
        return RuleChecks.Outcome(rule, facts.Clients, met, $"{facts.Clients} individuals coached; at least {RuleChecks.Figure(required)} required",
            met ? [] : [new Finding(FindingCodes.TooFewClients, $"{facts.Clients} individuals coached, at least {RuleChecks.Figure(required)} required")]);
    }
}
