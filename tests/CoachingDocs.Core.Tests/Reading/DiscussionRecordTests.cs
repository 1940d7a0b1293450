using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Reports;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// A professional discussion record (002 Appendix 10) evidences the ACs its rows name: location = the row and its time in
/// the recording, excerpt = the row's summary. A row naming ACs with nothing said, a blank form and an evidence matrix's
/// AC column evidence nothing.
/// </summary>
public sealed class DiscussionRecordTests
{
    private static IReadOnlyList<ReportEvidence> Discussion(CheckReport report, string acRef) =>
        report.Criteria.Single(c => c.Ref == acRef).Evidence.Where(e => e.Source == "discussion").ToList();

    [Fact]
    public void A_LibreOffice_discussion_record_evidences_each_AC_its_rows_name_with_the_time_and_summary()
    {
        // RD060: HTML saved as .docx by LibreOffice 7.4 (Assets/make/make-libreoffice-discussion.sh).
        const string file = "RD060-LibreOfficeDiscussionRecord.docx";
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload(file, Asset(file))], "8585-302");

        var contracting = Assert.Single(Discussion(report, "2.1"));
        Assert.StartsWith("Explained how she contracted with the second client", contracting.Excerpt);
        Assert.Contains("professional discussion at 01:55", contracting.Location);
        Assert.Contains(file, contracting.Location);
        foreach (var ac in new[] { "3.1", "3.2" })
            Assert.StartsWith("Described reviewing progress", Assert.Single(Discussion(report, ac)).Excerpt);
        // 07:30 names AC 1.2 and D3.02's 2.1: it evidences 1.2 only (2.1 above has the 01:55 row alone).
        Assert.Contains("at 07:30", Assert.Single(Discussion(report, "1.2")).Location);
        // 05:10 names AC 1.3 and says nothing: a claim, not evidence. The repeated header row is not a row.
        Assert.Empty(Discussion(report, "1.3"));
        Assert.Equal(4, report.Criteria.Sum(c => Discussion(report, c.Ref).Count));
    }

    [Fact]
    public void Our_discussion_record_filled_in_its_fields_evidences_the_ACs_named()
    {
        var filled = TemplateFiller.Fill(DocumentKinds.ProfessionalDiscussion, "8585-301", BlockNames.DiscussionPoint,
        [
            new Dictionary<string, string> { [FieldNames.DiscussionTime] = "03:10", [FieldNames.DiscussionCriteria] = "AC1.1, 1.3", [FieldNames.DiscussionSummary] = "Walked through the coaching plan for client two." },
            new Dictionary<string, string> { [FieldNames.DiscussionTime] = "09:45", [FieldNames.DiscussionCriteria] = "2.2" },
            // Words a header uses ("AC", "discussed") in a real row: still a row.
            new Dictionary<string, string> { [FieldNames.DiscussionTime] = "12:20", [FieldNames.DiscussionCriteria] = "AC 2.3", [FieldNames.DiscussionSummary] = "Discussed the notes she keeps after each session." },
        ]);
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload("discussion.docx", filled)], "8585-301");

        foreach (var ac in new[] { "1.1", "1.3" })
        {
            var evidence = Assert.Single(Discussion(report, ac));
            Assert.Equal("Walked through the coaching plan for client two.", evidence.Excerpt);
            Assert.Contains("professional discussion at 03:10", evidence.Location);
        }
        Assert.Empty(Discussion(report, "2.2"));
        Assert.Equal("Discussed the notes she keeps after each session.", Assert.Single(Discussion(report, "2.3")).Excerpt);
    }

    [Fact]
    public void A_table_of_ACs_without_times_in_a_recording_is_not_a_discussion_record()
    {
        var matrix = Docx(P("Portfolio evidence matrix", "Title")
            + Table(Row("Assessment criteria", "Portfolio Evidence Titles", "Notes"), Row("AC 1.1", "Coaching diary", "See session notes for client one")));
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload("matrix.docx", matrix)], "8585-301");
        Assert.All(report.Criteria, c => Assert.DoesNotContain(c.Evidence, e => e.Source == "discussion"));
    }

    [Theory]
    [InlineData("AC 2.1", new[] { "2.1" })]
    [InlineData("2.1, 3.1 and 3.2", new[] { "2.1", "3.1", "3.2" })]
    [InlineData("AC1.1/1.2", new[] { "1.1", "1.2" })]
    [InlineData("ACs 1.1 & 1.1", new[] { "1.1" })]
    [InlineData("D3.02 2.1; AC1.2", new[] { "D3.02 2.1", "1.2" })]
    [InlineData("8585-301 AC 1.1", new[] { "8585-301 1.1" })]
    [InlineData("see 12/03/2025", new string[0])]
    [InlineData("", new string[0])]
    public void AC_references_are_read_as_written_and_keep_their_unit(string text, string[] expected) =>
        Assert.Equal(expected, Core.Reading.DiscussionRecordReader.Criteria(text));
}
