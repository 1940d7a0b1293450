using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Legacy mark-sheet rows read by their labels: "/70 marks (min 35)" beside the assessor's mark gives one section mark
/// (title, awarded, maximum, minimum, table and row), a mark above the maximum is a warning, not a mark.
/// Inputs: hand-written WordprocessingML (Fixtures.Docx/Table/Row), untagged.
/// </summary>
public class LabelLayoutMarkRowTests
{
    private static DocumentReading Read(params string[] rows) =>
        WordDocumentReader.Read(SafePackageOpener.Open(Docx(P("Mark Sheet", "Title") + Table(rows)), "marks.docx"), ["8585-302"]);

    // The minimum is read when printed and left empty when not; the mark may sit in its own cell or before the slash.
    [Theory]
    [InlineData("/70 marks (min 35)", "50", 50, 70, 35)]
    [InlineData("/30 marks", "30", 30, 30, null)] // a full mark (awarded == maximum) is a mark
    [InlineData("22 / 40 marks (min. 20)", "", 22, 40, 20)]
    public void A_mark_row_gives_the_section_its_mark_maximum_and_minimum(string scale, string mark, int awarded, int max, int? min)
    {
        var reading = Read(Row("Planning", scale, mark));

        var entry = Assert.Single(reading.Marks);
        Assert.Equal(("Planning", awarded, max, min), (entry.Title, entry.Awarded, entry.MaxMarks, entry.MinMarks));
        Assert.Equal((1, 1), (entry.Location.Table, entry.Location.Row));
        Assert.DoesNotContain(reading.Warnings, w => w.Code == WarningCodes.UnreadableMark);
    }

    [Fact]
    public void The_title_is_the_first_line_of_the_first_cell_and_an_empty_first_cell_is_an_empty_title()
    {
        var twoLines = $"<w:tc>{P("Reflection")}{P("How well the learner reflected")}</w:tc>";
        var reading = Read(Row(twoLines, "/30 marks (min 15)", "18"), Row("", "/20 marks", "12"));

        Assert.Equal([("Reflection", 18, 1), ("", 12, 2)], reading.Marks.Select(m => (m.Title, m.Awarded, m.Location.Row!.Value)));
    }

    [Fact]
    public void A_mark_above_the_maximum_is_a_warning_naming_the_section_and_no_mark()
    {
        var reading = Read(Row("Title", "Scale", "Mark"), Row("Review", "/30 marks (min 15)", "31"));

        Assert.Empty(reading.Marks);
        var warning = Assert.Single(reading.Warnings, w => w.Code == WarningCodes.UnreadableMark);
        Assert.Equal("no mark out of 30 could be read for \"Review\"", warning.Message);
        Assert.Equal((1, 2), (warning.Location.Table, warning.Location.Row));
    }

    [Fact]
    public void A_cell_with_a_slash_and_marks_but_no_number_out_of_is_not_a_mark_row()
    {
        var reading = Read(Row("Planning", "/ seventy marks", "50"));

        Assert.Empty(reading.Marks);
        Assert.DoesNotContain(reading.Warnings, w => w.Code == WarningCodes.UnreadableMark);
    }

    [Fact]
    public void A_total_marks_row_states_the_total()
    {
        var reading = Read(Row("Planning", "/70 marks (min 35)", "40"), Row("Total marks", "", "62"));

        Assert.Equal(62, reading.StatedTotalMarks);
        Assert.Equal(40, Assert.Single(reading.Marks).Awarded);
    }

    // A mark sheet's rows (marks, scales, the total) are the assessor's, never the learner's evidence for a criterion;
    // a row whose scale gives no number out of is no mark row, and is read as any other answer row.
    [Fact]
    public void Mark_rows_under_a_criterion_heading_are_no_evidence()
    {
        var body = P("AC 1.1 Explain the coaching contract", "Heading2")
            + Table(Row("Planning", "/70 marks (min 35)", "40"), Row("Review", "/ seventy marks", "50"), Row("Total marks", "62"));
        var reading = WordDocumentReader.Read(SafePackageOpener.Open(Docx(body), "marks.docx"), ["8585-302"]);

        Assert.Equal(62, reading.StatedTotalMarks);
        Assert.Equal(["Review", "/ seventy marks", "50"], reading.Evidence.Where(e => e.Criteria.Contains("1.1")).Select(e => e.Text));
    }
}
