using static CoachingDocs.Core.Tests.Reading.SpreadsheetLog;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Total, grand-total, subtotal and target rows, and what lies below the total: notes without a date (not sessions),
/// a session added later with its date (a session), a second table with its own header. Inputs are hand-written
/// SpreadsheetML (see <see cref="SpreadsheetLog"/>).
/// </summary>
public class ExcelTotalRowTests
{
    private static readonly string Header = Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"));

    /// <summary>C1 on 12/03/2025 for 1.5 hours, C2 on 19/03/2025 for 2 hours: 210 minutes.</summary>
    private static readonly string TwoSessions = Row(2, T("A2", "C1"), N("B2", March12, 1), N("C2", 1.5))
        + Row(3, T("A3", "C2"), N("B3", March12 + 7, 1), N("C3", 2));

    [Fact]
    public void A_log_with_no_date_column_still_has_its_sessions()
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Hours"))
            + Row(2, T("A2", "C1"), N("B2", 1.5))
            + Row(3, T("A3", "C2"), N("B3", 1)));

        Assert.Equal([("C1", null, (int?)90), ("C2", null, 60)], reading.Seen());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Below_the_total_a_dated_row_is_a_session_and_an_undated_note_is_not(bool grandTotalToo)
    {
        var sheet = Header + TwoSessions
            + Row(4, T("A4", "Total"), N("C4", 3.5))
            + (grandTotalToo ? Row(5, T("A5", "Grand total"), N("C5", 3.5)) : "")
            + Row(6, T("A6", "C3"), N("B6", March12 + 14, 1), N("C6", 1))    // added after the total was written
            + Row(7, T("A7", "C4"), T("C7", "cancelled, not rebooked"));     // a note: no date
        var reading = ReadSheet(sheet);

        Assert.Equal([("C1", "2025-03-12", (int?)90), ("C2", "2025-03-19", 120), ("C3", "2025-03-26", 60)], reading.Seen());
        Assert.Equal(210, reading.StatedTotalMinutes);
    }

    [Fact]
    public void A_target_above_the_total_is_no_stated_total()
    {
        var reading = ReadSheet(Header + TwoSessions + Row(4, T("A4", "Target"), N("C4", 18)) + Row(5, T("A5", "Total"), N("C5", 3.5)));

        Assert.Equal(2, reading.Sessions.Count);
        Assert.Equal(210, reading.StatedTotalMinutes);
        Assert.Equal(5, reading.StatedTotalLocation!.Row);
    }

    /// <summary>Rows that add up or plan but state no total of the learner's: the reading has no stated total.</summary>
    [Theory]
    [InlineData("<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Target</t></is></c><c r=\"C4\"><v>18</v></c></row>")]
    [InlineData("<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Total</t></is></c></row>")]
    [InlineData("<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Grand total</t></is></c></row>")]
    [InlineData("<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Remaining</t></is></c><c r=\"C4\"><v>14.5</v></c></row>")]
    public void A_target_or_an_empty_total_states_no_total(string row)
    {
        var reading = ReadSheet(Header + TwoSessions + row);

        Assert.Equal(2, reading.Sessions.Count);
        Assert.Null(reading.StatedTotalMinutes);
    }

    [Fact]
    public void An_empty_grand_total_leaves_the_sheet_total_stated()
    {
        var reading = ReadSheet(Header + TwoSessions + Row(4, T("A4", "Total"), N("C4", 3.5)) + Row(5, T("A5", "Grand total")));

        Assert.Equal(210, reading.StatedTotalMinutes);
        Assert.Equal(4, reading.StatedTotalLocation!.Row);
    }

    /// <summary>The total row's label is its first text from the left, whatever else the row holds.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_total_label_is_the_rows_first_text_from_the_left(bool countBeforeLabel)
    {
        // Columns: Session | Client | Date | Hours | Notes. The total row holds a note on its right, or the number of
        // sessions (a number, no text) on its left.
        var sheet = Row(1, T("A1", "Session"), T("B1", "Client"), T("C1", "Date"), T("D1", "Hours"), T("E1", "Notes"))
            + Row(2, N("A2", 1), T("B2", "C1"), N("C2", March12, 1), N("D2", 1.5))
            + Row(3, N("A3", 2), T("B3", "C2"), N("C3", March12 + 7, 1), N("D3", 2))
            + Row(4, countBeforeLabel ? N("A4", 2) : "", T("B4", "Total"), N("D4", 3.5), countBeforeLabel ? "" : T("E4", "checked by tutor"));
        var reading = ReadSheet(sheet);

        Assert.Equal([("C1", "2025-03-12", (int?)90), ("C2", "2025-03-19", 120)], reading.Seen());
        Assert.Equal(210, reading.StatedTotalMinutes);
    }

    [Fact]
    public void An_uncalculated_sum_with_no_value_is_a_blank_row_not_a_total()
    {
        // C4 holds =SUM(C2:C3) never calculated (no cached value): nothing is stated, and the session under it counts.
        var reading = ReadSheet(Header + TwoSessions
            + Row(4, "<c r=\"C4\"><f>SUM(C2:C3)</f></c>")
            + Row(5, T("A5", "C3"), N("C5", 1)));

        Assert.Equal([("C1", "2025-03-12", (int?)90), ("C2", "2025-03-19", 120), ("C3", null, 60)], reading.Seen());
        Assert.Null(reading.StatedTotalMinutes);
    }

    [Fact]
    public void A_total_row_made_with_SUBTOTAL_in_any_of_its_columns_is_a_subtotal()
    {
        // Paid hours totalled with SUBTOTAL (filter-aware), pro bono typed in: a subtotal, not the learner's stated total.
        var sheet = Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Paid hours"), T("D1", "Pro bono hours"))
            + Row(2, T("A2", "C1"), N("B2", March12, 1), N("C2", 1.5))
            + Row(3, T("A3", "C2"), N("B3", March12 + 7, 1), N("D3", 2))
            + Row(4, T("A4", "Total"), N("C4", 1.5, formula: "SUBTOTAL(9,C2:C3)"), N("D4", 2));
        var reading = ReadSheet(sheet);

        Assert.Equal([("paid", 90), ("pro bono", 120)], reading.Sessions.Select(s => (s.Payment!, s.Minutes!.Value)));
        Assert.Null(reading.StatedTotalMinutes);
    }

    [Fact]
    public void The_second_table_under_the_total_has_its_own_sessions_and_its_own_units()
    {
        // Coaching under "Duration" in bare minutes (240, 300, total 540); then a supervision table whose durations name
        // their unit, one row without a date; then a grand total of 10 (hours, as the table above it names hours).
        var sheet = Row(1, T("A1", "Date"), T("B1", "Client"), T("C1", "Duration"))
            + Row(2, N("A2", March12, 1), T("B2", "C1"), N("C2", 240))
            + Row(3, N("A3", March12 + 7, 1), T("B3", "C2"), N("C3", 300))
            + Row(4, T("A4", "Total"), N("C4", 540))
            + Row(6, T("A6", "Supervision date"), T("B6", "Supervisor"), T("C6", "Duration"), T("D6", "Type"))
            + Row(7, N("A7", March12 + 10, 1), T("B7", "M. Okafor"), T("C7", "30 mins"), T("D7", "Supervision"))
            + Row(8, T("B8", "M. Okafor"), T("C8", "30 mins"), T("D8", "Supervision"))
            + Row(9, T("A9", "Grand total"), N("C9", 10));
        var reading = ReadSheet(sheet);

        Assert.Equal([240, 300], reading.Sessions.Select(s => s.Minutes!.Value));
        Assert.Equal([("2025-03-22", 30), (null, 30)], reading.Supervision.Select(s => (s.Date?.ToString("yyyy-MM-dd"), s.Minutes!.Value)));
        Assert.Equal(600, reading.StatedTotalMinutes);
        Assert.Equal(9, reading.StatedTotalLocation!.Row);
    }
}
