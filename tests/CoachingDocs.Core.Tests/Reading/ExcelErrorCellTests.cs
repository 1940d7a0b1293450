using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Reading.SpreadsheetLog;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// A formula that fails shows an error (t="e", "#VALUE!") instead of a figure. Under a duration heading that is a
/// session whose hours are unknown: the assessor is told where, and nothing is guessed. Hand-written SpreadsheetML.
/// </summary>
public class ExcelErrorCellTests
{
    [Fact]
    public void An_error_in_a_duration_cell_is_said_with_its_row_and_the_other_sessions_still_count()
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"))
            + Row(2, T("A2", "C1"), N("B2", March12, style: 1), "<c r=\"C2\" t=\"e\"><f>D2-E2</f><v>#VALUE!</v></c>")
            + Row(3, T("A3", "C2"), N("B3", March12, style: 1), N("C3", 1.5)));

        var warning = Assert.Single(reading.Warnings, w => w.Code == WarningCodes.UnreadableCell);
        Assert.Equal(2, warning.Location.Row);
        Assert.Contains("#VALUE!", warning.Message);
        Assert.Contains(("C2", "2025-03-12", (int?)90), reading.Seen());
        Assert.DoesNotContain(reading.Seen(), s => s.Client == "C1" && s.Minutes is not null);
    }

    [Fact]
    public void An_error_in_a_client_cell_is_no_client_and_no_error_about_hours()
    {
        var reading = ReadSheet(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"))
            + Row(2, "<c r=\"A2\" t=\"e\"><f>VLOOKUP(D2,E:E,1)</f><v>#N/A</v></c>", N("B2", March12, style: 1), N("C2", 1)));

        Assert.Equal([(null, "2025-03-12", (int?)60)], reading.Seen());
        Assert.DoesNotContain(reading.Warnings, w => w.Code == WarningCodes.UnreadableCell);
    }
}
