using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Tests;

/// <summary>
/// A small catalogue shaped like the real one (templates/catalogue), so checker tests state their own figures:
/// an 8585-302-like unit (12 h, at most 2 individuals or 3 with a recorded reason, 2 supervision sessions, reflection
/// and feedback every session), an L5-502-like unit (54 h, 4-9 individuals, 3 h supervision), an 8585-303-like plan
/// unit (6 months) and the legacy D3.03 mark sheet.
/// </summary>
internal static class TestCatalogue
{
    public static readonly QualificationCatalogue Instance = new("test", [], [Unit302, UnitL5502, Unit303, UnitD303, Unit301]);

    public static Unit Unit302 => new("8585-302", "H/617/2843", "ilm-8585", "Undertaking an Extended Period of Coaching", 3, 7, 14, "Portfolio",
        [
            Lo("1", "Plan", Ac("1.1", "Produce a plan for effective coaching to take place for 12 hours", "coaching-diary#clientPlan"),
                Ac("1.2", "Agree appropriate topics, goals and/or outcomes", "coaching-diary#sessionGoal")),
            Lo("2", "Coach", Ac("2.1", "Use diagnostic or assessment tools", "coaching-diary#diagnostics"),
                Ac("2.4", "Record an auditable coaching process", "coaching-diary#sessionGoal", "coaching-diary#sessionOptions")),
            Lo("3", "Reflect", Ac("3.1", "Reflect on each session", "reflective-log#entry"),
                Ac("3.2", "Gather on-going feedback for each session", "client-feedback#ratings", "coaching-diary#sessionFeedback"),
                Ac("3.3", "Use feedback and reflection to improve"),
                Ac("3.4", "Summarise the outcomes of ongoing supervision", "supervision-record#outcomes")),
        ],
        [
            Rule(RuleKinds.MinHours, 12), Rule(RuleKinds.MaxIndividuals, 2, 3), Rule(RuleKinds.MinSupervisionSessions, 2),
            Rule(RuleKinds.ReflectionEverySession, null), Rule(RuleKinds.FeedbackEverySession, null),
        ], [DocumentKinds.CoachingDiary], null, null);

    public static Unit Unit301 => Unit302 with { Id = "8585-301", Rules = [Rule(RuleKinds.MinHours, 6), Rule(RuleKinds.MaxIndividuals, 2), Rule(RuleKinds.MinSupervisionSessions, 1)] };

    public static Unit UnitL5502 => new("L5-502", "K/617/2908", "ilm-l5", "Undertaking an extended period of coaching or mentoring", 5, 18, 60, "Portfolio",
        [
            Lo("1", "Coach", Ac("1.1", "Undertake coaching over an extended period", "coaching-diary#sessionGoal")),
            Lo("2", "Review", Ac("2.1", "Review own practice", "reflective-log#reflection"), Ac("2.2", "Supervision", "supervision-record#outcomes")),
        ],
        [Rule(RuleKinds.MinHours, 54), Rule(RuleKinds.MinIndividuals, 4), Rule(RuleKinds.MaxIndividuals, 9), Rule(RuleKinds.MinSupervisionHours, 3)],
        [DocumentKinds.CoachingDiary], null, null);

    public static Unit Unit303 => new("8585-303", null, "ilm-8585", "Reflecting on coaching skills", 3, 3, 10, "Journal",
        [Lo("2", "Plan", Ac("2.2", "Produce a relevant development plan covering a minimum of 6 months", "development-plan#objectives"))],
        [Rule(RuleKinds.MinPlanMonths, 6)], [DocumentKinds.DevelopmentPlan], null, null);

    public static Unit UnitD303 => new("D3.03", null, "ilm-legacy-l3", "Undertaking supervised coaching in the workplace", 3, 3, null, "Coaching Diary",
        [Lo("1", "Coach", Ac("1.1", "Identify learning needs"))],
        [Rule(RuleKinds.MinHours, 6)], [DocumentKinds.CoachingDiary],
        new MarkSheet("MARK SHEET: D3.03", 50, 100,
        [
            new MarkSection("planning", "Planning and undertaking coaching sessions", 70, 35, ["1.1"]),
            new MarkSection("reflection", "Reflections on the effectiveness of coaching activity", 30, 15, ["1.1"]),
        ]), null);

    private static LearningOutcome Lo(string reference, string text, params AssessmentCriterion[] criteria) => new(reference, text, criteria);

    private static AssessmentCriterion Ac(string reference, string text, params string[] evidencedBy) => new(reference, text, null, null, evidencedBy);

    private static UnitRule Rule(string kind, decimal? value, decimal? exceptional = null) => new(kind, value, exceptional, null);
}
