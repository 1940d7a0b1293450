using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;
using CoachingDocs.Core.Reports;
using CoachingDocs.Core.OpenXml;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>
/// Where an AC's evidence is found (docs/reading.md "evidence for an AC"): a tag or heading naming it (bare or qualified by
/// this unit), a section it is designed to be evidenced by, or, for an AC worded as a unit rule, the records that rule
/// counts, written in a document; an hours spreadsheet's rows are figures, not written evidence.
/// </summary>
public class CriterionEvidenceTests
{
    private const string HoursWording = "Complete a minimum of 12 hours of coaching";
    private const string SupervisionWording = "Take part in supervision";

    private static readonly Unit Unit = new("8585-302", null, "ilm-8585", "Undertaking an Extended Period of Coaching", 3, 7, 14, "Portfolio",
        [new LearningOutcome("1", "Coach", [
            new AssessmentCriterion("1.1", HoursWording, null, null, []),
            new AssessmentCriterion("1.2", "Plan each session", null, null, ["coaching-diary#" + SectionNames.SessionRecord]),
            new AssessmentCriterion("2.1", SupervisionWording, null, null, []),
            new AssessmentCriterion("3.1", "Reflect on each session", null, null, ["reflective-log#reflection"])])],
        [new UnitRule(RuleKinds.MinHours, 12, null, HoursWording), new UnitRule(RuleKinds.MinSupervisionHours, 2, null, " " + SupervisionWording + " ")],
        [DocumentKinds.CoachingDiary], null, null);

    private static List<ReportCriterion> Locate(params DocumentReading[] documents) => [.. CriterionEvidenceLocator.Locate(Unit, documents, [])];

    private static DocumentReading Diary(string file, ReadingMode mode = ReadingMode.Labels, string? kind = DocumentKinds.CoachingDiary)
    {
        var d = new DocumentReading { FileName = file, Mode = mode, Kind = kind };
        d.Sessions.Add(new SessionRecord("C1", 1, new DateOnly(2025, 1, 6), 90, new ReadLocation(file, Table: 2)));
        d.Sessions.Add(new SessionRecord("C2", 2, new DateOnly(2025, 1, 8), 60, new ReadLocation(file, Table: 3)));
        return d;
    }

    [Fact]
    public void An_ac_worded_as_the_hours_rule_is_evidenced_by_each_file_of_sessions_with_their_figures()
    {
        var criteria = Locate(Diary("diary.docx"));
        var hours = criteria.Single(c => c.Ref == "1.1");
        var evidence = Assert.Single(hours.Evidence);
        Assert.Equal("records", evidence.Source);
        Assert.Equal("2 session records, 2.5 hours, 2 individuals", evidence.Excerpt);
        Assert.Equal("diary.docx", evidence.Location);
    }

    [Fact]
    public void An_ac_worded_as_the_supervision_rule_is_evidenced_by_the_supervision_records_hours_added_up()
    {
        var diary = Diary("diary.docx");
        diary.Supervision.Add(new SupervisionRecord(new DateOnly(2025, 2, 1), 90, new ReadLocation("diary.docx", Section: "Supervision")));
        diary.Supervision.Add(new SupervisionRecord(new DateOnly(2025, 3, 1), 45, new ReadLocation("diary.docx", Section: "Supervision")));
        var supervision = Locate(diary).Single(c => c.Ref == "2.1");
        Assert.Contains(supervision.Evidence, e => e.Excerpt == "2 supervision records, 2.25 hours" && e.Location == "diary.docx, Supervision");
        Assert.Equal("missing", Locate(Diary("diary.docx")).Single(c => c.Ref == "2.1").Status);
    }

    [Fact]
    public void Sessions_written_in_a_document_evidence_the_session_record_ac_but_an_hours_spreadsheet_does_not()
    {
        Assert.Contains(Locate(Diary("diary.docx")).Single(c => c.Ref == "1.2").Evidence, e => e.Excerpt == "2 session records" && e.Location == "diary.docx");
        Assert.Equal("missing", Locate(Diary("log.xlsx", ReadingMode.Spreadsheet, DocumentKinds.HoursLog)).Single(c => c.Ref == "1.2").Status);
        Assert.Equal("missing", Locate(Diary("log.docx", ReadingMode.Labels, DocumentKinds.HoursLog)).Single(c => c.Ref == "1.2").Status);
        Assert.Equal("missing", Locate(Diary("log.xlsx", ReadingMode.Spreadsheet, null)).Single(c => c.Ref == "1.2").Status);
    }

    [Fact]
    public void A_tag_names_its_ac_bare_or_qualified_by_this_unit_only_and_a_missing_ac_is_a_finding()
    {
        var d = new DocumentReading { FileName = "log.docx" };
        d.Evidence.Add(new EvidencePassage(["8585-302 3.1"], null, "I noticed I rescue the client.", new ReadLocation("log.docx", Paragraph: 3), EvidenceSource.Label));
        d.Evidence.Add(new EvidencePassage(["8585-301 1.2"], null, "Another unit's AC.", new ReadLocation("log.docx", Paragraph: 5), EvidenceSource.Label));
        var findings = new List<Finding>();
        var criteria = CriterionEvidenceLocator.Locate(Unit, [d], findings);
        Assert.Equal("I noticed I rescue the client.", Assert.Single(criteria.Single(c => c.Ref == "3.1").Evidence).Excerpt);
        Assert.Equal("missing", criteria.Single(c => c.Ref == "1.2").Status);
        Assert.Contains(findings, f => f.Code == FindingCodes.NoEvidence("1.2") && f.Message == "no evidence found for AC 1.2 (Plan each session)");
    }

    [Fact]
    public void Tagged_evidence_is_listed_before_records()
    {
        var d = Diary("diary.docx");
        d.Evidence.Add(new EvidencePassage(["1.1"], null, "My hours are in the log.", new ReadLocation("diary.docx", Paragraph: 1), EvidenceSource.Tag));
        Assert.Equal(["tag", "records"], Locate(d).Single(c => c.Ref == "1.1").Evidence.Select(e => e.Source));
    }

    [Theory]
    [InlineData(160, false)]
    [InlineData(161, true)]
    public void An_excerpt_keeps_160_characters_and_cuts_longer_text_with_an_ellipsis(int length, bool cut)
    {
        var text = new string('a', length);
        var excerpt = CriterionEvidenceLocator.Excerpt(text);
        Assert.Equal(cut ? new string('a', 159) + "…" : text, excerpt);
        Assert.Equal("one two three", CriterionEvidenceLocator.Excerpt(" one\n two\t\tthree "));
    }
}
