using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Checking;

/// <summary>Client feedback (a feedback form or the session's own feedback) for every session (301/302 AC 3.2).</summary>
public sealed class FeedbackEverySessionCheck : IRuleCheck
{
    public string Kind => RuleKinds.FeedbackEverySession;

    public RuleOutcome Evaluate(UnitRule rule, PortfolioFacts facts)
    {
        // Over no sessions the rule is not met: "0 of 0" is nothing shown, not everything shown (NO_SESSIONS says why).
        if (facts.Sessions.Count == 0)
            return RuleChecks.Outcome(rule, 0, false, "no sessions read, so none can be shown to have client feedback");
        var missing = facts.Sessions.Where(s => !s.HasFeedback).ToList();
        var covered = facts.Sessions.Count - missing.Count;
        return new RuleOutcome(rule.Kind, rule.Kind, covered, facts.Sessions.Count, missing.Count == 0 ? RuleStatus.Met : RuleStatus.NotMet,
            $"{covered} of {facts.Sessions.Count} sessions have client feedback",
            [.. missing.Select(s => new Finding(FindingCodes.SessionWithoutFeedback,
                $"no client feedback found for session {s.Number?.ToString() ?? "?"}{(s.Date is { } d ? $" of {d:yyyy-MM-dd}" : "")}{(s.ClientRef is { } c ? $" with client {c}" : "")}", s.Location.ToString()))]);
    }
}
