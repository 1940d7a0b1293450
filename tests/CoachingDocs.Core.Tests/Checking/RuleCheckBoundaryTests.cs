using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>
/// Each unit rule at its limit: a figure exactly at a minimum or maximum meets it, one step past does not, and a rule
/// over nothing read is never met (the catalogue's rules, seeds 002-004: "a minimum of 12 hours", "at most two individuals").
/// </summary>
public class RuleCheckBoundaryTests
{
    private static readonly ReadLocation At = RuleFixture.At;

    private static PortfolioFacts Facts(int[] minutesPerSession, string[]? clients = null, int[]? supervisionMinutes = null,
        decimal? planMonths = null, bool hasPlan = false, string? exceptionalReason = null, bool reflected = true, bool feedback = true)
    {
        var sessions = minutesPerSession.Select((m, i) => new SessionRecord(clients?[i % clients.Length], i + 1,
            new DateOnly(2025, 1, 6).AddDays(7 * i), m, At with { Session = i + 1 }, HasReflection: reflected, HasFeedback: feedback)).ToList();
        var document = new DocumentReading { FileName = "diary.docx", ExceptionalReason = exceptionalReason, ExceptionalReasonLocation = exceptionalReason is null ? null : At with { Paragraph = 4 } };
        foreach (var m in supervisionMinutes ?? []) document.Supervision.Add(new SupervisionRecord(new DateOnly(2025, 3, 1), m, At));
        return RuleFixture.Facts(sessions, document, planMonths, hasPlan);
    }

    private static RuleOutcome Evaluate(string kind, decimal? value, PortfolioFacts facts, decimal? exceptional = null) =>
        RuleFixture.Evaluate(kind, value, facts, exceptional);

    [Fact]
    public void Minimum_hours_are_met_at_the_minute_and_short_by_one_minute_says_by_how_much()
    {
        var exactly = Evaluate(RuleKinds.MinHours, 12, Facts([360, 360]));
        Assert.Equal(RuleStatus.Met, exactly.Status);
        Assert.Equal(12m, exactly.Figure);
        Assert.Empty(exactly.Findings);

        var short1 = Evaluate(RuleKinds.MinHours, 12, Facts([360, 359]));
        Assert.Equal(RuleStatus.NotMet, short1.Status);
        Assert.Equal(11.98m, short1.Figure); // 719 minutes = 11.983 h, to two places
        var finding = Assert.Single(short1.Findings);
        Assert.Equal(FindingCodes.HoursShort, finding.Code);
        Assert.Contains("11.98 hours read, 12 required: 0.02 short", finding.Message);
        Assert.Contains("719 minutes over 2 sessions", short1.Description);
    }

    [Fact]
    public void Minimum_individuals_are_met_at_the_number_and_not_one_below()
    {
        Assert.Equal(RuleStatus.Met, Evaluate(RuleKinds.MinIndividuals, 2, Facts([60, 60], ["A", "B"])).Status);
        var one = Evaluate(RuleKinds.MinIndividuals, 2, Facts([60, 60], ["A"]));
        Assert.Equal(RuleStatus.NotMet, one.Status);
        Assert.Equal(1m, one.Figure);
        Assert.Equal(FindingCodes.TooFewClients, Assert.Single(one.Findings).Code);
    }

    [Fact]
    public void Maximum_individuals_are_met_at_the_number_not_one_above_and_never_over_nobody()
    {
        var two = Evaluate(RuleKinds.MaxIndividuals, 2, Facts([60, 60], ["A", "B"]));
        Assert.Equal(RuleStatus.Met, two.Status);
        Assert.Empty(two.Findings);

        var three = Evaluate(RuleKinds.MaxIndividuals, 2, Facts([60, 60, 60], ["A", "B", "C"]));
        Assert.Equal(RuleStatus.NotMet, three.Status);
        var tooMany = Assert.Single(three.Findings);
        Assert.Equal(FindingCodes.TooManyClients, tooMany.Code);
        Assert.Contains("(A, B, C)", tooMany.Message);
        Assert.DoesNotContain("exceptional", tooMany.Message);

        var nobody = Evaluate(RuleKinds.MaxIndividuals, 2, Facts([]));
        Assert.Equal(RuleStatus.NotMet, nobody.Status);
        Assert.Equal(0m, nobody.Figure);
    }

    [Fact]
    public void A_third_individual_with_a_recorded_reason_is_met_with_exception_up_to_the_exceptional_limit_only()
    {
        const string reason = "exceptional circumstances: Client 1 left the organisation";
        var three = Evaluate(RuleKinds.MaxIndividuals, 2, Facts([60, 60, 60], ["A", "B", "C"], exceptionalReason: reason), exceptional: 3);
        Assert.Equal(RuleStatus.MetWithException, three.Status);
        var noted = Assert.Single(three.Findings);
        Assert.Equal(FindingCodes.ExceptionalThirdClientNoted, noted.Code);
        Assert.Contains(reason, noted.Message);
        Assert.Equal("diary.docx, paragraph 4", noted.Location);

        var withoutReason = Evaluate(RuleKinds.MaxIndividuals, 2, Facts([60, 60, 60], ["A", "B", "C"]), exceptional: 3);
        Assert.Equal(RuleStatus.NotMet, withoutReason.Status);
        Assert.Contains("only with a recorded exceptional reason, and none was found", Assert.Single(withoutReason.Findings).Message);

        var four = Evaluate(RuleKinds.MaxIndividuals, 2, Facts([60, 60, 60, 60], ["A", "B", "C", "D"], exceptionalReason: reason), exceptional: 3);
        Assert.Equal(RuleStatus.NotMet, four.Status);
        Assert.DoesNotContain("exceptional reason", Assert.Single(four.Findings).Message);
    }

    [Fact]
    public void A_long_exceptional_reason_is_quoted_to_120_characters()
    {
        var reason = new string('r', 119) + "STOP" + new string('s', 40);
        var outcome = Evaluate(RuleKinds.MaxIndividuals, 2, Facts([60, 60, 60], ["A", "B", "C"], exceptionalReason: reason), exceptional: 3);
        var message = Assert.Single(outcome.Findings).Message;
        Assert.Contains("\"" + new string('r', 119) + "…\"", message);
        Assert.DoesNotContain("STOP", message);

        var exactly120 = new string('q', 120);
        Assert.Contains("\"" + exactly120 + "\"", Assert.Single(Evaluate(RuleKinds.MaxIndividuals, 2,
            Facts([60, 60, 60], ["A", "B", "C"], exceptionalReason: exactly120), exceptional: 3).Findings).Message);
    }

    [Fact]
    public void Supervision_hours_are_met_at_the_minute_short_by_one_and_absent_are_told_apart()
    {
        Assert.Equal(RuleStatus.Met, Evaluate(RuleKinds.MinSupervisionHours, 3, Facts([60], supervisionMinutes: [120, 60])).Status);

        var short1 = Evaluate(RuleKinds.MinSupervisionHours, 3, Facts([60], supervisionMinutes: [120, 59]));
        Assert.Equal(RuleStatus.NotMet, short1.Status);
        var finding = Assert.Single(short1.Findings);
        Assert.Equal(FindingCodes.SupervisionShort, finding.Code);
        Assert.Contains("in 2 sessions, 3 required", finding.Message);

        var none = Evaluate(RuleKinds.MinSupervisionHours, 3, Facts([60]));
        Assert.Equal(FindingCodes.NoSupervision, Assert.Single(none.Findings).Code);
    }

    [Fact]
    public void Supervision_sessions_are_met_at_the_number_and_one_short_or_none_say_which()
    {
        Assert.Equal(RuleStatus.Met, Evaluate(RuleKinds.MinSupervisionSessions, 2, Facts([60], supervisionMinutes: [60, 60])).Status);
        var one = Evaluate(RuleKinds.MinSupervisionSessions, 2, Facts([60], supervisionMinutes: [60]));
        Assert.Equal(RuleStatus.NotMet, one.Status);
        Assert.Equal(FindingCodes.SupervisionShort, Assert.Single(one.Findings).Code);
        Assert.Equal(FindingCodes.NoSupervision, Assert.Single(Evaluate(RuleKinds.MinSupervisionSessions, 2, Facts([60])).Findings).Code);
    }

    [Fact]
    public void A_plan_is_long_enough_at_the_month_and_a_plan_without_two_dates_is_not_no_plan()
    {
        Assert.Equal(RuleStatus.Met, Evaluate(RuleKinds.MinPlanMonths, 6, Facts([], planMonths: 6, hasPlan: true)).Status);
        var five = Evaluate(RuleKinds.MinPlanMonths, 6, Facts([], planMonths: 5, hasPlan: true));
        Assert.Equal(RuleStatus.NotMet, five.Status);
        Assert.Equal(FindingCodes.PlanTooShort, Assert.Single(five.Findings).Code);

        var undated = Evaluate(RuleKinds.MinPlanMonths, 6, Facts([], hasPlan: true));
        Assert.Equal(RuleStatus.NotMet, undated.Status);
        Assert.Null(undated.Figure);
        Assert.Equal(FindingCodes.PlanTooShort, Assert.Single(undated.Findings).Code);
        Assert.Equal(FindingCodes.NoPlan, Assert.Single(Evaluate(RuleKinds.MinPlanMonths, 6, Facts([])).Findings).Code);
    }

    [Theory]
    [InlineData(RuleKinds.ReflectionEverySession)]
    [InlineData(RuleKinds.FeedbackEverySession)]
    public void Every_session_rules_are_not_met_over_no_sessions_and_name_each_session_missing(string kind)
    {
        var none = Evaluate(kind, null, Facts([]));
        Assert.Equal(RuleStatus.NotMet, none.Status);
        Assert.Equal(0m, none.Figure);

        Assert.Equal(RuleStatus.Met, Evaluate(kind, null, Facts([60, 60], ["A"])).Status);
        var missing = Evaluate(kind, null, Facts([60, 60], ["A"], reflected: false, feedback: false));
        Assert.Equal(RuleStatus.NotMet, missing.Status);
        Assert.Equal(0m, missing.Figure);
        Assert.Equal(2m, missing.Required);
        Assert.Equal(2, missing.Findings.Count);
        Assert.Contains("session 2 of 2025-01-13 with client A", missing.Findings[1].Message);
        Assert.Equal("diary.docx, session 2", missing.Findings[1].Location);
    }

    [Theory]
    [InlineData("2025-01-01", "2025-06-30", 6)]  // the documented example: a month counts once its last few days are reached
    [InlineData("2025-01-01", "2025-12-31", 12)]
    [InlineData("2025-01-01", "2025-01-01", 0)]
    [InlineData("2025-01-01", "2025-01-28", 1)]  // 28 days: within 10% of a month
    [InlineData("2025-01-01", "2025-01-25", 0)]  // 25 days: not yet
    [InlineData("2025-03-10", "2026-03-09", 12)]
    public void A_plan_covers_whole_months_from_its_first_to_its_last_date(string start, string end, int months) =>
        Assert.Equal(months, PortfolioFacts.MonthsCovered(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
}
