using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Checking;

/// <summary>A reflective-log entry (or the session's own reflection) for every session (301/302 AC 3.1 "each session").</summary>
public sealed class ReflectionEverySessionCheck : IRuleCheck
{
    public string Kind => RuleKinds.ReflectionEverySession;

    public RuleOutcome Evaluate(UnitRule rule, PortfolioFacts facts)
    {
        // Over no sessions the rule is not met: "0 of 0" is nothing shown, not everything shown (NO_SESSIONS says why).
        if (facts.Sessions.Count == 0)
            return RuleChecks.Outcome(rule, 0, false, "no sessions read, so none can be shown to have a reflection");
        var missing = facts.Sessions.Where(s => !s.HasReflection).ToList();
        var covered = facts.Sessions.Count - missing.Count;
        return new RuleOutcome(rule.Kind, rule.Kind, covered, facts.Sessions.Count, missing.Count == 0 ? RuleStatus.Met : RuleStatus.NotMet,
            $"{covered} of {facts.Sessions.Count} sessions have a reflection",
            [.. missing.Select(s => new Finding(FindingCodes.SessionWithoutReflection,
                $"no reflection found for session {s.Number?.ToString() ?? "?"}{(s.Date is { } d ? $" of {d:yyyy-MM-dd}" : "")}{(s.ClientRef is { } c ? $" with client {c}" : "")}", s.Location.ToString()))]);
    }
}
