using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>What the checker puts in the report around the rules: unreadable lengths named, rule ids, counts over files, units named.</summary>
public class PortfolioCheckerReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static DocumentReading Diary(string file = "diary.docx", params SessionRecord[] sessions)
    {
        var d = new DocumentReading { FileName = file };
        d.Sessions.AddRange(sessions);
        return d;
    }

    [Fact]
    public void A_session_whose_length_cannot_be_read_counts_nothing_and_is_named_with_what_was_written()
    {
        var report = PortfolioChecker.Check(TestCatalogue.Unit302, [Diary("diary.docx",
            new SessionRecord("C1", 4, new DateOnly(2025, 1, 6), null, new ReadLocation("diary.docx", Table: 3), DurationText: "tbc"),
            new SessionRecord("C2", null, new DateOnly(2025, 1, 7), null, new ReadLocation("diary.docx", Table: 4)))], Now);

        var unreadable = report.Findings.Where(f => f.Code == FindingCodes.UnreadableDuration).ToList();
        Assert.Equal(2, unreadable.Count);
        Assert.Equal("duration \"tbc\" of session 4 could not be read; it counts as 0", unreadable[0].Message);
        Assert.Equal("diary.docx, table 3", unreadable[0].Location);
        Assert.Equal("session ? has no duration; it counts as 0", unreadable[1].Message);
        Assert.Equal(0, report.Hours.TotalMinutes);
        // A session without a number of its own is reported by its place in the list.
        Assert.Equal([4, 2], report.Sessions.Select(s => s.Number));
    }

    [Fact]
    public void No_sessions_is_a_finding_only_for_a_unit_that_counts_hours()
    {
        Assert.Contains(PortfolioChecker.Check(TestCatalogue.Unit302, [Diary()], Now).Findings, f => f.Code == FindingCodes.NoSessions);
        var noHours = TestCatalogue.Unit302 with { Rules = [new UnitRule(RuleKinds.MinSupervisionSessions, 1, null, null)] };
        Assert.DoesNotContain(PortfolioChecker.Check(noHours, [Diary()], Now).Findings, f => f.Code == FindingCodes.NoSessions);
    }

    [Fact]
    public void A_rule_kind_the_unit_sets_twice_gets_an_id_per_rule_and_the_catalogue_wording_is_its_description()
    {
        var unit = TestCatalogue.Unit302 with
        {
            Rules = [new UnitRule(RuleKinds.MinHours, 12, null, "Complete a minimum of 12 hours"), new UnitRule(RuleKinds.MaxIndividuals, 2, null, null),
                     new UnitRule(RuleKinds.MinHours, 6, null, null)],
        };
        var report = PortfolioChecker.Check(unit, [Diary("diary.docx", new SessionRecord("C1", 1, new DateOnly(2025, 1, 6), 60, new ReadLocation("diary.docx")))], Now);
        Assert.Equal(["minHours-1", RuleKinds.MaxIndividuals, "minHours-3"], report.Rules.Select(r => r.Id));
        Assert.Equal("Complete a minimum of 12 hours", report.Rules[0].Description);
        Assert.StartsWith("1 individuals coached", report.Rules[1].Description);
    }

    [Fact]
    public void Forms_log_entries_and_observations_are_counted_over_every_file()
    {
        var diary = Diary();
        diary.Feedback.Add(new FeedbackRecord("C1", null, 1, new ReadLocation("diary.docx")));
        diary.Reflections.Add(new ReflectionRecord("C1", null, 1, new ReadLocation("diary.docx")));
        var forms = Diary("forms.docx");
        forms.Feedback.Add(new FeedbackRecord("C1", null, 2, new ReadLocation("forms.docx")));
        forms.Feedback.Add(new FeedbackRecord("C2", null, 1, new ReadLocation("forms.docx")));
        forms.Reflections.Add(new ReflectionRecord("C2", null, 1, new ReadLocation("forms.docx")));
        forms.Reflections.Add(new ReflectionRecord("C2", null, 2, new ReadLocation("forms.docx")));
        var report = PortfolioChecker.Check(TestCatalogue.Unit302, [diary, forms], Now);
        Assert.Equal(3, report.FeedbackForms);
        Assert.Equal(3, report.ReflectiveLogEntries);
    }

    [Fact]
    public void A_file_naming_another_unit_in_its_text_is_named_in_a_finding()
    {
        var other = new DocumentReading { FileName = "log.docx", UnitId = "L5-502", UnitIdSource = "unit named in the text" };
        var finding = Assert.Single(PortfolioChecker.Check(TestCatalogue.Unit302, [Diary(), other], Now).Findings, f => f.Code == FindingCodes.UnitNamedDiffers);
        Assert.Equal("log.docx names unit L5-502 (unit named in the text), not 8585-302", finding.Message);
        Assert.Equal("log.docx", finding.Location);
        Assert.DoesNotContain(PortfolioChecker.Check(TestCatalogue.Unit302, [new DocumentReading { FileName = "d.docx", UnitId = "8585-302" }], Now).Findings,
            f => f.Code == FindingCodes.UnitNamedDiffers);
    }

    [Fact]
    public void The_exceptional_reason_and_its_place_come_from_the_file_that_records_one()
    {
        var plain = Diary();
        var noted = new DocumentReading { FileName = "notes.docx", ExceptionalReason = "Client 1 left", ExceptionalReasonLocation = new ReadLocation("notes.docx", Paragraph: 7) };
        var facts = PortfolioFacts.From([plain, noted]);
        Assert.Equal("Client 1 left", facts.ExceptionalReason);
        Assert.Equal("notes.docx, paragraph 7", facts.ExceptionalReasonLocation);
    }

    [Fact]
    public void Individuals_are_listed_in_order_of_their_references()
    {
        var facts = PortfolioFacts.From([Diary("diary.docx",
            new SessionRecord("Zoe", 1, new DateOnly(2025, 1, 6), 60, new ReadLocation("diary.docx", Row: 1)),
            new SessionRecord("Adam", 1, new DateOnly(2025, 1, 7), 30, new ReadLocation("diary.docx", Row: 2)))]);
        Assert.Equal(["Adam", "Zoe"], facts.MinutesByClient.Keys);
    }
}
