using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Reading.SpreadsheetLog;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Workbooks of several sheets: one sheet per client (the sheet's name is the client), one per year (the client
/// column still names the client), a summary sheet repeating their hours; and the Type column's group sessions.
/// Inputs are hand-written SpreadsheetML (see <see cref="SpreadsheetLog"/>).
/// </summary>
public class ExcelPerClientSheetTests
{
    /// <summary>A client's sheet: Date | Hours, sessions on 12/03 and 26/03/2025, then a "Total" row when given.</summary>
    private static string ClientSheet(double first, double second, bool total) =>
        Row(1, T("A1", "Date"), T("B1", "Hours"))
        + Row(2, N("A2", March12, 1), N("B2", first))
        + Row(3, N("A3", March12 + 14, 1), N("B3", second))
        + (total ? Row(4, T("A4", "Total"), N("B4", first + second)) : "");

    [Theory]
    [InlineData(false, 300, "Client B")] // no summary: the sheets' totals (2 h and 3 h) added up, located at the first
    [InlineData(true, 300, "Summary")]   // a summary's Total is the grand total
    public void Per_client_totals_add_up_unless_a_summary_states_the_grand_total(bool withSummary, int stated, string statedOn)
    {
        // Client B comes first, so "the first sheet's total" and "the summary's" are different places.
        (string, string)[] sheets = [("Client B", ClientSheet(1, 2, total: true)), ("Client A", ClientSheet(1.5, 0.5, total: true))];
        var summary = Row(1, T("A1", "Client"), T("B1", "Hours"))
            + Row(2, T("A2", "Client B"), N("B2", 3))
            + Row(3, T("A3", "Client A"), N("B3", 2))
            + Row(4, T("A4", "Total"), N("B4", 5));
        var reading = Read(Workbook(withSummary ? [.. sheets, ("Summary", summary)] : sheets));

        Assert.Equal([("Client B", "2025-03-12", (int?)60), ("Client B", "2025-03-26", 120), ("Client A", "2025-03-12", 90), ("Client A", "2025-03-26", 30)],
            reading.Seen());
        Assert.Equal(stated, reading.StatedTotalMinutes);
        Assert.Equal(statedOn, reading.StatedTotalLocation!.Sheet);
    }

    [Fact]
    public void A_summary_sheet_that_lists_dated_sessions_again_adds_none()
    {
        var summary = Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"))
            + Row(2, T("A2", "Client A"), N("B2", March12, 1), N("C2", 1.5))
            + Row(3, T("A3", "Client B"), N("B3", March12, 1), N("C3", 1))
            + Row(4, T("A4", "Grand total"), N("C4", 2.5));
        var reading = Read(Workbook(("Client A", ClientSheet(1.5, 1, total: false)), ("Client B", ClientSheet(1, 0.5, total: false)), ("Hours summary", summary)));

        Assert.Equal(["Client A", "Client A", "Client B", "Client B"], reading.Sessions.Select(s => s.ClientRef));
        Assert.Equal(150, reading.StatedTotalMinutes);
    }

    [Fact]
    public void One_sheet_per_year_keeps_the_client_column()
    {
        string YearSheet(string client) => Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"))
            + Row(2, T("A2", client), N("B2", March12, 1), N("C2", 1));
        var reading = Read(Workbook(("2024", YearSheet("JB")), ("2025", YearSheet("KL"))));

        Assert.Equal(["JB", "KL"], reading.Sessions.Select(s => s.ClientRef));
    }

    [Fact]
    public void A_single_sheet_without_a_client_column_names_no_client()
    {
        var reading = Read(Workbook(("Coaching log", ClientSheet(1, 2, total: false))));

        Assert.Equal([(null, "2025-03-12", (int?)60), (null, "2025-03-26", 120)], reading.Seen());
        Assert.Equal(2, reading.Warnings.Count(w => w.Code == WarningCodes.MissingClient));
    }

    [Fact]
    public void Only_a_group_session_is_warned_about()
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"), T("D1", "Type"))
            + Row(2, T("A2", "C1"), N("B2", March12, 1), N("C2", 1), T("D2", "Individual"))
            + Row(3, T("A3", "Team A"), N("B3", March12 + 1, 1), N("C3", 2), T("D3", "Group (4)")));

        var warning = Assert.Single(reading.Warnings, w => w.Code == WarningCodes.GroupSession);
        Assert.Equal(3, warning.Location.Row);
        Assert.Contains("a group session", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["Individual", "Group (4)"], reading.Sessions.Select(s => s.Mode));
    }
}
