using static CoachingDocs.Core.Tests.Reading.SpreadsheetLog;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// How the hours-log reader reads numbers by their cell format and column: a time format makes a duration a day
/// fraction, a bare number under "Duration" is read by its size, start/end serials carry a date. Inputs are
/// hand-written SpreadsheetML (see <see cref="SpreadsheetLog"/>).
/// </summary>
public class ExcelNumberFormatTests
{
    /// <summary>Styles with xf 1 using number format <paramref name="id"/>, defined by <paramref name="code"/> when given.</summary>
    private static string StylesWith(int id, string? code) => $"""
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
          <numFmts count="1">{(code is null ? "" : $"<numFmt numFmtId=\"{id}\" formatCode=\"{System.Security.SecurityElement.Escape(code)}\"/>")}</numFmts>
          <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="{id}"/></cellXfs>
        </styleSheet>
        """;

    /// <summary>
    /// 0.0625 under "Hours": a time format shows it as 1:30 (90 minutes); any other format leaves it 0.0625 hours
    /// (3.75 minutes, rounded to 4). Built-in 18-21 and 45-47 are clock formats; a custom code is one when it shows
    /// hours or minutes:seconds (quotes and backslashes are escapes, not part of the code); a code with a day or year
    /// in it is a date, as are the built-in date ids whatever code a workbook gives them.
    /// </summary>
    [Theory]
    [InlineData(18, null, 90)]
    [InlineData(21, null, 90)]
    [InlineData(45, null, 90)]
    [InlineData(47, null, 90)]
    [InlineData(164, "h:mm", 90)]
    [InlineData(164, "mm\\:ss", 90)]
    [InlineData(164, "[h]:mm", 90)]
    [InlineData(164, "dd/mm/yyyy hh:mm", 4)]
    [InlineData(164, "dd hh:mm", 4)]
    [InlineData(14, "[h]:mm", 4)]
    [InlineData(17, "[h]:mm", 4)]
    [InlineData(0, null, 4)]
    public void A_duration_is_a_day_fraction_only_under_a_clock_format(int formatId, string? code, int minutes)
    {
        var sheet = Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"))
            + Row(2, T("A2", "C1"), T("B2", "12/03/2025"), N("C2", 0.0625, style: 1));
        var reading = Read(Workbook(StylesWith(formatId, code), null, ("Log", sheet)));

        Assert.Equal([("C1", "2025-03-12", (int?)minutes)], reading.Seen());
    }

    [Fact]
    public void A_styles_part_without_cell_formats_leaves_every_number_plain()
    {
        const string noCellXfs = """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="0"/></styleSheet>""";
        var sheet = Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"))
            + Row(2, T("A2", "C1"), T("B2", "12/03/2025"), N("C2", 1.5, style: 1));
        var reading = Read(Workbook(noCellXfs, null, ("Log", sheet)));

        Assert.Equal([("C1", "2025-03-12", (int?)90)], reading.Seen());
    }

    /// <summary>
    /// An unformatted number: under "Minutes" it is minutes, under "Hours" hours; under "Duration" (no unit) below 1 it
    /// is Excel's day fraction, up to 8 hours, above that minutes.
    /// </summary>
    [Theory]
    [InlineData("Duration", 0.0625, 90)]
    [InlineData("Duration", 1, 60)]
    [InlineData("Duration", 1.5, 90)]
    [InlineData("Duration", 8, 480)]
    [InlineData("Duration", 45, 45)]
    [InlineData("Minutes", 5, 5)]
    [InlineData("Hours", 0.5, 30)]
    public void A_bare_number_is_read_by_its_column_and_size(string heading, double value, int minutes)
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", heading))
            + Row(2, T("A2", "C1"), N("B2", March12, style: 1), N("C2", value)));

        Assert.Equal([("C1", "2025-03-12", (int?)minutes)], reading.Seen());
    }

    /// <summary>A negative duration is warned about with the figure as the cell holds it (to two places); zero is not negative.</summary>
    [Theory]
    [InlineData(-1.5, "a negative duration (-1.5) was not counted; check the row")]
    [InlineData(-2.004, "a negative duration (-2) was not counted; check the row")]
    [InlineData(0, null)]
    public void A_negative_duration_is_not_counted_and_is_warned_about(double hours, string? warning)
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"))
            + Row(2, T("A2", "C1"), N("B2", March12, style: 1), N("C2", hours)));

        Assert.Empty(reading.Sessions);
        Assert.Equal(warning is null ? [] : [(warning, 2)],
            reading.Warnings.Where(w => w.Code == CoachingDocs.Core.Reading.WarningCodes.NegativeDuration).Select(w => (w.Message, w.Location.Row!.Value)));
    }

    [Fact]
    public void Ten_million_minutes_is_still_read_as_a_figure_and_found_implausible()
    {
        // The cut-off for numbers no cell of a log could hold is above ten million: ten million itself is a figure
        // (an unreadable duration), not an empty cell that would drop the session.
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Minutes"))
            + Row(2, T("A2", "C1"), N("B2", March12, style: 1), N("C2", 10_000_000)));

        var session = Assert.Single(reading.Sessions);
        Assert.Null(session.Minutes);
        Assert.Equal("10000000 mins", session.DurationText);
    }

    [Fact]
    public void A_bare_total_under_bare_minutes_is_minutes_too()
    {
        // "Duration" with 60 and 90 (minutes, by their size): the Total 150 below is read the same way, not as 150 hours.
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Duration"))
            + Row(2, T("A2", "C1"), N("B2", March12, style: 1), N("C2", 60))
            + Row(3, T("A3", "C2"), N("B3", March12 + 7, style: 1), N("C3", 90))
            + Row(4, T("A4", "Total"), N("C4", 150)));

        Assert.Equal([60, 90], reading.Sessions.Select(s => s.Minutes!.Value));
        Assert.Equal(150, reading.StatedTotalMinutes);
        Assert.Equal(4, reading.StatedTotalLocation!.Row);
    }

    [Fact]
    public void Start_and_end_serials_with_a_date_part_give_the_session_its_date()
    {
        // No date column: 45728 + 10:00 and 45728 + 11:30 are 12/03/2025, 90 minutes.
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Start"), T("C1", "End"))
            + Row(2, T("A2", "C1"), N("B2", March12 + 10.0 / 24), N("C2", March12 + 11.5 / 24)));

        Assert.Equal([("C1", "2025-03-12", (int?)90)], reading.Seen());
    }

    [Fact]
    public void Start_and_end_times_of_day_leave_the_date_to_the_date_column()
    {
        // The times (day fractions, no date part) come before the date column: they must not date the session 30/12/1899.
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Start"), T("C1", "End"), T("D1", "Date"))
            + Row(2, T("A2", "C1"), N("B2", 10.0 / 24, style: 2), N("C2", 11.5 / 24, style: 2), N("D2", March12, style: 1)));

        Assert.Equal([("C1", "2025-03-12", (int?)90)], reading.Seen());
    }

    [Fact]
    public void A_session_starting_at_midnight_is_timed_from_00_00()
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Start"), T("D1", "End"))
            + Row(2, T("A2", "C1"), N("B2", March12, style: 1), N("C2", 0, style: 2), N("D2", 0.0625, style: 2)));

        Assert.Equal([("C1", "2025-03-12", (int?)90)], reading.Seen());
    }

    [Theory]
    [InlineData(2_958_466)] // the day after 31/12/9999, Excel's last date
    [InlineData(3_000_000)]
    public void A_start_serial_past_the_last_date_is_no_time_and_no_date(double start)
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Start"), T("C1", "End"))
            + Row(2, T("A2", "C1"), N("B2", start), N("C2", 0.0625, style: 2)));

        Assert.Empty(reading.Sessions);
    }
}
