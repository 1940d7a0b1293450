using CoachingDocs.Core.Checking;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Labels in one row, answers in the row under them (a SWOT grid "Strengths | Weaknesses" then what was written), and
/// a plan's reviews table ("Review date | Progress"): the answers evidence their sections (L5-503 of the real
/// catalogue: 2.1 the SWOT, 2.3 the reviews); a row of the form's own labels under column headings is no answer.
/// </summary>
public class LabelsAboveAnswersTests
{
    private static string Plan(bool filled) => string.Concat(
        P("Personal Development Plan", "Heading1"),
        Table(Row("Name of Coach", "A. Learner"), Row("Date", "3 February 2025")),
        P("SWOT analysis", "Heading2"),
        Table(Row("Strengths", "Weaknesses"), Row(filled ? "Listening" : "", filled ? "Over-directing" : ""),
            Row("Opportunities", "Threats"), Row(filled ? "Coaching network" : "", filled ? "Time" : "")),
        P("Objectives", "Heading2"),
        Table(Row("Development objective", "How I will achieve it", "Target date", "Measure of success"),
            Row("Contracting", "Practice and reading", "3 May 2025", "Feedback from clients")),
        P("Reviews", "Heading2"),
        Table(Row("Review date", "Progress"), Row("3 August 2025", filled ? "On track" : "")));

    private static string Status(Core.Reports.CheckReport report, string ac) => report.Criteria.Single(c => c.Ref == ac).Status;

    [Fact]
    public void Answers_under_their_labels_and_reviews_by_date_evidence_their_sections()
    {
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload("plan.docx", Docx(Plan(filled: true)))], "L5-503");

        Assert.Equal("evidenced", Status(report, "2.1"));
        Assert.Contains(report.Criteria.Single(c => c.Ref == "2.1").Evidence, e => e.Excerpt == "Over-directing");
        Assert.Equal("evidenced", Status(report, "2.3"));
        Assert.Contains(report.Criteria.Single(c => c.Ref == "2.3").Evidence, e => e.Excerpt == "On track");
    }

    [Fact]
    public void Empty_cells_under_the_labels_evidence_nothing()
    {
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload("plan.docx", Docx(Plan(filled: false)))], "L5-503");

        Assert.Equal("missing", Status(report, "2.1"));
        Assert.Equal("missing", Status(report, "2.3"));
    }

    [Fact]
    public void The_forms_own_labels_under_column_headings_are_no_answers()
    {
        var observation = string.Concat(
            P("Feedback on the Learner's Coaching", "Title"),
            Table(Row("Skills and knowledge observed", "Comment on the coaching practice observed"), Row("Building a rapport", ""),
                Row("Listening", ""), Row("Areas for development", "")));
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload("observation.docx", Docx(observation))], "L5-502");

        Assert.DoesNotContain(report.Criteria.SelectMany(c => c.Evidence), e => e.Location.Contains("observation.docx", StringComparison.Ordinal));
    }
}
