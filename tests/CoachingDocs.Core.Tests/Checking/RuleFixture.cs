using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>
/// Facts for one rule check built straight from records, without a document to read: the rule tests choose exactly the
/// sessions and supervision they need, and the per-client minutes are summed here the way the reader's facts are.
/// </summary>
internal static class RuleFixture
{
    public static readonly ReadLocation At = new("diary.docx");

    public static PortfolioFacts Facts(IReadOnlyList<SessionRecord> sessions, DocumentReading document, decimal? planMonths, bool hasPlan) => new()
    {
        Documents = [document],
        Sessions = sessions,
        Warnings = [],
        MinutesByClient = sessions.Where(s => s.ClientRef is not null).GroupBy(s => s.ClientRef!).ToDictionary(g => g.Key, g => g.Sum(s => s.Minutes ?? 0)),
        PlanMonths = planMonths,
        HasPlan = hasPlan,
    };

    public static RuleOutcome Evaluate(string kind, decimal? value, PortfolioFacts facts, decimal? exceptional = null) =>
        RuleChecks.ByKind[kind].Evaluate(new UnitRule(kind, value, exceptional, null), facts);
}
