using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Reading.SpreadsheetLog;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Cell types as workbooks write them: shared strings (and broken indexes into them), inline strings, formula
/// strings (t="str"), errors (t="e"), booleans (t="b"), untyped values that are no number, and empty cells.
/// Inputs are hand-written SpreadsheetML (see <see cref="SpreadsheetLog"/>).
/// </summary>
public class ExcelCellTypeTests
{
    private static readonly string Header = Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"));

    /// <summary>A session row whose client cell is <paramref name="clientCell"/>: 12/03/2025, 1.5 hours.</summary>
    private static string Session(int r, string clientCell) => Row(r, clientCell, N($"B{r}", March12, style: 1), N($"C{r}", 1.5));

    [Theory]
    [InlineData("-1")]
    [InlineData("3")] // one past the last of the three strings
    [InlineData("x")]
    public void A_shared_string_index_outside_the_table_is_an_empty_cell(string index)
    {
        string[] strings = ["Client", "Date", "Hours"];
        var header = Row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>");
        var reading = Read(Workbook(Styles, strings, ("Log", header + Session(2, $"<c r=\"A2\" t=\"s\"><v>{index}</v></c>"))));

        Assert.Equal([(null, "2025-03-12", (int?)90)], reading.Seen());
        Assert.Contains(reading.Warnings, w => w.Code == WarningCodes.MissingClient && w.Location.Row == 2);
    }

    [Fact]
    public void Formula_strings_errors_and_inline_strings_without_text()
    {
        var reading = ReadSheet(Header
            + Session(2, "<c r=\"A2\" t=\"str\"><f>\"C\"&amp;7</f><v>C7</v></c>")        // a formula's text result
            + Session(3, "<c r=\"A3\" t=\"str\"><f>D3</f></c>")                           // not yet calculated: no text
            + Session(4, "<c r=\"A4\" t=\"e\"><f>VLOOKUP(D4,E:E,1)</f><v>#N/A</v></c>")   // an error is no client
            + Session(5, "<c r=\"A5\" t=\"inlineStr\"/>")                                  // an inline string with no <is>
            + Session(6, "<c r=\"A6\" s=\"1\"/>"));                                         // a styled empty cell

        Assert.Equal([("C7", "2025-03-12", (int?)90), (null, "2025-03-12", 90), (null, "2025-03-12", 90), (null, "2025-03-12", 90), (null, "2025-03-12", 90)],
            reading.Seen());
    }

    [Fact]
    public void A_formula_string_that_looks_like_a_number_stays_the_text_it_shows()
    {
        // =TEXT(...) giving "1.5" under "Duration": the learner's text "1.5", read as a bare 1.5 hours, not a number cell.
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Duration"))
            + Row(2, T("A2", "C1"), N("B2", March12, style: 1), "<c r=\"C2\" t=\"str\"><f>TEXT(D2,\"0.0\")</f><v>1.5</v></c>"));

        var session = Assert.Single(reading.Sessions);
        Assert.Equal("1.5", session.DurationText);
        Assert.Equal(90, session.Minutes);
    }

    [Fact]
    public void A_client_numbered_rather_than_named_is_that_number()
    {
        var reading = ReadSheet(Header + Session(2, N("A2", 1)) + Session(3, N("A3", 12)));

        Assert.Equal([("1", "2025-03-12", (int?)90), ("12", "2025-03-12", 90)], reading.Seen());
    }

    [Fact]
    public void A_boolean_cell_reads_TRUE_or_FALSE()
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"), T("D1", "Paid"))
            + Row(2, T("A2", "C1"), N("B2", March12, style: 1), N("C2", 1), "<c r=\"D2\" t=\"b\"><v>1</v></c>")
            + Row(3, T("A3", "C2"), N("B3", March12, style: 1), N("C3", 1), "<c r=\"D3\" t=\"b\"><v>0</v></c>"));

        Assert.Equal(["TRUE", "FALSE"], reading.Sessions.Select(s => s.Payment));
    }

    [Fact]
    public void An_untyped_value_that_is_no_finite_number_is_kept_as_text()
    {
        // NaN under "Hours": the session is there, its duration unreadable as written.
        var reading = ReadSheet(Header + Row(2, T("A2", "C1"), N("B2", March12, style: 1), "<c r=\"C2\"><v>NaN</v></c>"));

        var session = Assert.Single(reading.Sessions);
        Assert.Equal("NaN", session.DurationText);
        Assert.Null(session.Minutes);
    }

    [Fact]
    public void A_session_row_with_a_formula_not_yet_calculated_is_still_a_session()
    {
        // D2 holds a formula with no cached value (the file was never recalculated): the row's other cells still count.
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"), T("D1", "Notes"))
            + Row(2, T("A2", "C1"), N("B2", March12, style: 1), N("C2", 1.5), "<c r=\"D2\"><f>C2*60</f></c>"));

        Assert.Equal([("C1", "2025-03-12", (int?)90)], reading.Seen());
    }

    [Theory]
    [InlineData("<row r=\"1\"/><row r=\"2\"/>")]
    [InlineData("<row r=\"1\"><c r=\"A1\" s=\"1\"/><c r=\"B1\" s=\"2\"/></row>")]
    public void A_workbook_of_empty_rows_or_empty_styled_cells_is_refused(string sheetData)
    {
        var ex = Assert.Throws<UploadRejectedException>(() => ReadSheet(sheetData));
        Assert.Equal(RejectCodes.EmptyDocument, ex.Code);
    }
}
