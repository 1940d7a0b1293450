using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Hostile;

/// <summary>Issue 9: a huge field (20 MB in one duration) is cut where text is collected, and the report says where.</summary>
public class FieldCutTests
{
    private static readonly string Huge = new('9', 3 * WordText.MaxFieldChars);

    [Fact]
    public void A_huge_duration_cell_is_cut_and_named_by_table_and_row()
    {
        var body = Table(Row("Client Ref/ID", "C1", "Session No.", "1"), Row("Date of Session", "12/03/2025", "Duration", Huge))
            + Table(Row("Client Ref/ID", "C2", "Session No.", "1"), Row("Date of Session", "19/03/2025", "Duration", "1 hour"));
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("diary.docx", Docx(body))], "8585-302");

        var cut = Assert.Single(report.Warnings, w => w.Code == WarningCodes.FieldCut);
        Assert.Contains("table 1, row 2", cut.Location);
        Assert.Contains("64 K", cut.Message);
        // The cut text is no duration; the other session reads as written.
        Assert.Equal(60, report.Hours.TotalMinutes);
    }

    [Fact]
    public void A_huge_paragraph_is_cut_and_named_by_paragraph()
    {
        var body = P("Coaching Diary", "Title") + P("Session 1 — 12/03/2025 — 60 minutes") + P("Notes: " + Huge);
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("diary.docx", Docx(body))], "8585-302");

        var cut = Assert.Single(report.Warnings, w => w.Code == WarningCodes.FieldCut);
        Assert.Contains("paragraph 3", cut.Location);
    }

    [Fact]
    public void Text_within_the_cap_is_read_whole_without_a_warning()
    {
        var body = P("Session 1 — 12/03/2025 — 60 minutes") + P("Notes: " + new string('x', WordText.MaxFieldChars - 100));
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("diary.docx", Docx(body))], "8585-302");
        Assert.DoesNotContain(report.Warnings, w => w.Code == WarningCodes.FieldCut);
    }
}
