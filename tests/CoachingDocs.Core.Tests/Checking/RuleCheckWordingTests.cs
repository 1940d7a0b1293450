using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>
/// What each rule says in the report, word for word: the rule line (figure against requirement) and each finding are
/// read by assessors as they stand (docs/findings.md), so a figure or a requirement missing from them is a fault.
/// </summary>
public class RuleCheckWordingTests
{
    private static readonly ReadLocation At = RuleFixture.At;

    private static PortfolioFacts Facts(string[] clients, int?[]? supervision = null, decimal? planMonths = null, bool hasPlan = false,
        bool marked = false, bool numbered = true)
    {
        var sessions = clients.Select((c, i) => new SessionRecord(numbered ? c : null, numbered ? i + 1 : null, numbered ? new DateOnly(2025, 1, 6).AddDays(i) : null, 60,
            At, HasReflection: marked, HasFeedback: marked)).ToList();
        var document = new DocumentReading { FileName = "diary.docx" };
        foreach (var m in supervision ?? []) document.Supervision.Add(new SupervisionRecord(null, m, At));
        return RuleFixture.Facts(sessions, document, planMonths, hasPlan);
    }

    private static RuleOutcome Evaluate(string kind, decimal? value, PortfolioFacts facts, decimal? exceptional = null) =>
        RuleFixture.Evaluate(kind, value, facts, exceptional);

    private static string Message(RuleOutcome outcome) => Assert.Single(outcome.Findings).Message;

    [Fact]
    public void Individuals()
    {
        Assert.Equal("2 individuals coached; at least 2 required", Evaluate(RuleKinds.MinIndividuals, 2, Facts(["A", "B"])).Description);
        Assert.Equal("1 individuals coached, at least 2 required", Message(Evaluate(RuleKinds.MinIndividuals, 2, Facts(["A"]))));
        Assert.Equal("2 individuals coached; at most 2 allowed", Evaluate(RuleKinds.MaxIndividuals, 2, Facts(["A", "B"])).Description);
        Assert.Equal("no individuals read; at most 2 allowed, at least one must be shown", Evaluate(RuleKinds.MaxIndividuals, 2, Facts([])).Description);
        var three = Evaluate(RuleKinds.MaxIndividuals, 2, Facts(["A", "B", "C"]));
        Assert.Equal("3 individuals coached; at most 2 allowed", three.Description);
        Assert.Equal("3 individuals coached (A, B, C), at most 2 allowed", Message(three));
        var facts = Facts(["A", "B", "C"]);
        var noted = new PortfolioFacts
        {
            Documents = [new DocumentReading { FileName = "diary.docx", ExceptionalReason = "Client A left" }], Sessions = facts.Sessions, Warnings = [],
            MinutesByClient = facts.MinutesByClient, PlanMonths = null, HasPlan = false,
        };
        Assert.Equal("3 individuals coached; 2 allowed, 3 in recorded exceptional circumstances", Evaluate(RuleKinds.MaxIndividuals, 2, noted, exceptional: 3).Description);
    }

    [Fact]
    public void Supervision()
    {
        Assert.Equal("3 hours of supervision recorded; at least 3 required", Evaluate(RuleKinds.MinSupervisionHours, 3, Facts([], [120, 60])).Description);
        Assert.Equal("no supervision found; at least 3 hours required", Message(Evaluate(RuleKinds.MinSupervisionHours, 3, Facts([]))));
        Assert.Equal("1.5 hours of supervision found in 1 sessions, 3 required", Message(Evaluate(RuleKinds.MinSupervisionHours, 3, Facts([], [90]))));
        Assert.Equal("1.5 hours of supervision found in 2 sessions, 3 required (some supervision records give no duration)",
            Message(Evaluate(RuleKinds.MinSupervisionHours, 3, Facts([], [90, null]))));

        Assert.Equal("2 supervision sessions recorded; at least 2 required", Evaluate(RuleKinds.MinSupervisionSessions, 2, Facts([], [60, 60])).Description);
        Assert.Equal("no supervision session found; at least 2 required", Message(Evaluate(RuleKinds.MinSupervisionSessions, 2, Facts([]))));
        Assert.Equal("1 supervision sessions found, at least 2 required", Message(Evaluate(RuleKinds.MinSupervisionSessions, 2, Facts([], [60]))));
    }

    [Fact]
    public void Plan_length()
    {
        Assert.Equal("plan covers 6 months; at least 6 required", Evaluate(RuleKinds.MinPlanMonths, 6, Facts([], planMonths: 6, hasPlan: true)).Description);
        var five = Evaluate(RuleKinds.MinPlanMonths, 6, Facts([], planMonths: 5, hasPlan: true));
        Assert.Equal("the plan covers 5 months, at least 6 required", Message(five));
        var undated = Evaluate(RuleKinds.MinPlanMonths, 6, Facts([], hasPlan: true));
        Assert.Equal("no plan length found; at least 6 months required", undated.Description);
        Assert.Equal("the development plan has fewer than two readable dates, so its length is unknown; at least 6 months required", Message(undated));
        Assert.Equal("no development plan found; one covering at least 6 months is required", Message(Evaluate(RuleKinds.MinPlanMonths, 6, Facts([]))));
    }

    [Fact]
    public void Every_session_rules()
    {
        Assert.Equal("no sessions read, so none can be shown to have a reflection", Evaluate(RuleKinds.ReflectionEverySession, null, Facts([])).Description);
        Assert.Equal("no sessions read, so none can be shown to have client feedback", Evaluate(RuleKinds.FeedbackEverySession, null, Facts([])).Description);
        Assert.Equal("2 of 2 sessions have a reflection", Evaluate(RuleKinds.ReflectionEverySession, null, Facts(["A", "B"], marked: true)).Description);
        Assert.Equal("2 of 2 sessions have client feedback", Evaluate(RuleKinds.FeedbackEverySession, null, Facts(["A", "B"], marked: true)).Description);
        // A session the learner gave no number, date or client: it is still named, as "?".
        Assert.Equal("no reflection found for session ?", Message(Evaluate(RuleKinds.ReflectionEverySession, null, Facts(["A"], numbered: false))));
        Assert.Equal("no client feedback found for session ?", Message(Evaluate(RuleKinds.FeedbackEverySession, null, Facts(["A"], numbered: false))));
    }

    [Fact]
    public void Figures_drop_trailing_zeros()
    {
        // A catalogue minimum written 12.50 is "12.5" in the report, 54.0 is "54".
        Assert.Contains("at least 12.5 required", Evaluate(RuleKinds.MinHours, 12.50m, Facts(["A"])).Description);
        Assert.Contains("at least 54 required", Evaluate(RuleKinds.MinHours, 54.0m, Facts(["A"])).Description);
    }
}
