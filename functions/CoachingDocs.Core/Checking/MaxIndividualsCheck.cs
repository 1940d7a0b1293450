using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Checking;

/// <summary>
/// Number of individuals against the unit's maximum. Where the catalogue gives an exceptional limit (8585-302: a third
/// individual only in recorded exceptional circumstances) and the learner recorded a reason, the rule is met with an
/// exception and the assessor is pointed at the reason instead of being told there are too many.
/// </summary>
public sealed class MaxIndividualsCheck : IRuleCheck
{
    public string Kind => RuleKinds.MaxIndividuals;

    public RuleOutcome Evaluate(UnitRule rule, PortfolioFacts facts)
    {
        var max = rule.Value ?? decimal.MaxValue;
        var clients = facts.Clients;
        // A maximum over nobody is not met: no individual was read, so nothing shows the limit was kept.
        if (clients == 0)
            return RuleChecks.Outcome(rule, 0, false, $"no individuals read; at most {RuleChecks.Figure(max)} allowed, at least one must be shown");
        if (clients <= max)
            return RuleChecks.Outcome(rule, clients, true, $"{clients} individuals coached; at most {RuleChecks.Figure(max)} allowed");
        if (rule.ExceptionalValue is { } exceptional && clients <= exceptional && facts.ExceptionalReason is { } reason)
        {
            var excerpt = reason.Length <= 120 ? reason : reason[..119] + "…";
            return new RuleOutcome(rule.Kind, rule.Kind, clients, max, RuleStatus.MetWithException,
                $"{clients} individuals coached; {RuleChecks.Figure(max)} allowed, {RuleChecks.Figure(exceptional)} in recorded exceptional circumstances",
                [new Finding(FindingCodes.ExceptionalThirdClientNoted, $"{clients} individuals, beyond the usual {RuleChecks.Figure(max)}; the learner recorded why: \"{excerpt}\" (the assessor judges whether it is exceptional)", facts.ExceptionalReasonLocation)]);
        }
        var why = rule.ExceptionalValue is { } ex && clients <= ex
            ? $"; up to {RuleChecks.Figure(ex)} are allowed only with a recorded exceptional reason, and none was found"
            : "";
        return RuleChecks.Outcome(rule, clients, false, $"{clients} individuals coached; at most {RuleChecks.Figure(max)} allowed",
            new Finding(FindingCodes.TooManyClients, $"{clients} individuals coached ({string.Join(", ", facts.MinutesByClient.Keys)}), at most {RuleChecks.Figure(max)} allowed{why}"));
    }
}
