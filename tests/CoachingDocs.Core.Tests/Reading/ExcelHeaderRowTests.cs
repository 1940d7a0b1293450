using static CoachingDocs.Core.Tests.Reading.SpreadsheetLog;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Which row is the session table's header: it names a duration or start time and a client or date; headings
/// only the hours-log reader knows ("Duration (hh:mm)", "Start date"). Inputs are hand-written SpreadsheetML
/// (see <see cref="SpreadsheetLog"/>).
/// </summary>
public class ExcelHeaderRowTests
{
    [Theory]
    [InlineData("Duration (hh:mm)")]
    [InlineData("Hours (h:mm)")]
    [InlineData("Time (h:mm)")]
    public void A_clock_format_heading_is_a_duration_column(string heading)
    {
        // 0.0625 formatted h:mm shows 1:30.
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", heading))
            + Row(2, T("A2", "C1"), N("B2", March12, 1), N("C2", 0.0625, style: 2)));

        Assert.Equal([("C1", "2025-03-12", (int?)90)], reading.Seen());
    }

    [Theory]
    [InlineData("Paid hours", "paid")]
    [InlineData("Pro bono hours", "pro bono")]
    [InlineData("Pro-bono hours", "pro bono")]
    public void An_hours_column_named_for_its_payment_gives_the_session_that_payment(string heading, string payment)
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", heading))
            + Row(2, T("A2", "C1"), N("B2", March12, 1), N("C2", 1.5)));

        Assert.Equal([("C1", 90, payment)], reading.Sessions.Select(s => (s.ClientRef, s.Minutes!.Value, s.Payment)));
    }

    [Fact]
    public void A_start_date_column_in_a_log_is_the_session_date()
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Start date"), T("C1", "Hours"))
            + Row(2, T("A2", "C1"), N("B2", March12, 1), N("C2", 1.5)));

        Assert.Equal([("C1", "2025-03-12", (int?)90)], reading.Seen());
    }

    /// <summary>A row above the table naming only a date, or only a duration, is not the table's header.</summary>
    [Theory]
    [InlineData("Date", "01/04/2025")]    // the date the log was printed
    [InlineData("Duration", "12 weeks")]  // the programme's length
    public void A_row_naming_only_a_date_or_only_a_duration_is_not_the_header(string label, string value)
    {
        var reading = ReadSheet(Row(1, T("A1", label), T("B1", value))
            + Row(3, T("A3", "Client"), T("B3", "Date"), T("C3", "Hours"))
            + Row(4, T("A4", "C1"), N("B4", March12, 1), N("C4", 1.5))
            + Row(5, T("A5", "C2"), N("B5", March12 + 7, 1), N("C5", 2)));

        Assert.Equal([("C1", "2025-03-12", (int?)90), ("C2", "2025-03-19", 120)], reading.Seen());
    }
}
