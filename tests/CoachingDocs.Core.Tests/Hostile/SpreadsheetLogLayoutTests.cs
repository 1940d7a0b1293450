using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;
using static CoachingDocs.Core.Tests.Reading.SpreadsheetLog;

namespace CoachingDocs.Core.Tests.Hostile;

/// <summary>Issue 8 class 6: spreadsheet logs as centres keep them, beyond one table of sessions.</summary>
public class SpreadsheetLogLayoutTests
{
    private const string Styles = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
          <numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm"/></numFmts>
          <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>
        </styleSheet>
        """;

    [Fact]
    public void A_target_row_below_the_sum_total_is_not_a_client()
    {
        var sheet = Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours"))
            + Row(2, T("A2", "C1"), N("B2", March12, 1), N("C2", 1.5))
            + Row(3, T("A3", "C2"), N("B3", March12 + 7, 1), N("C3", 2))
            + Row(4, T("A4", "Total"), N("C4", 3.5, formula: "SUM(C2:C3)"))
            + Row(6, T("A6", "Target"), N("C6", 18));
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("log.xlsx", Xlsx("Log", sheet, stylesXml: Styles))], "8585-302");

        Assert.Equal(["C1", "C2"], report.Sessions.Select(s => s.Client!));
        Assert.Equal(210, report.Hours.TotalMinutes);
        Assert.Equal(3.5m, report.StatedTotalHours);
    }

    [Theory]
    [InlineData("Unit:", "8585-302 Undertaking an Extended Period of Coaching")]
    [InlineData("Unit: 8585-302 Undertaking an Extended Period of Coaching", null)]
    public void A_unit_cell_holding_the_id_and_the_title_is_that_unit(string label, string? value)
    {
        var sheet = Row(1, T("A1", label), value is null ? "" : T("B1", value))
            + Row(3, T("A3", "Client"), T("B3", "Date"), T("C3", "Hours"))
            + Row(4, T("A4", "C1"), N("B4", March12, 1), N("C4", 1));
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("log.xlsx", Xlsx("Summary", sheet, stylesXml: Styles))], null);
        Assert.Equal("8585-302", report.Unit.Id);
        Assert.Equal(60, report.Hours.TotalMinutes);
    }

    [Fact]
    public void One_sheet_per_client_with_h_mm_durations_subtotals_and_a_grand_total_on_a_summary_sheet()
    {
        // Client A: 1:30 + 1:00 (subtotal 2:30); client B: 0:45 + 2:00 (subtotal 2:45); grand total 5:15 on the summary.
        string ClientSheet(double first, double second) =>
            Row(1, T("A1", "Date"), T("B1", "Duration (h:mm)"), T("C1", "Notes"))
            + Row(2, N("A2", March12, 1), N("B2", first, 2), T("C2", "contracting"))
            + Row(3, N("A3", March12 + 14, 1), N("B3", second, 2))
            + Row(4, T("A4", "Subtotal"), N("B4", first + second, 2, "SUBTOTAL(9,B2:B3)"));
        var summary = Row(1, T("A1", "Client"), T("B1", "Hours"))
            + Row(2, T("A2", "Client A"), N("B2", 2.5 / 24, 2))
            + Row(3, T("A3", "Client B"), N("B3", 2.75 / 24, 2))
            + Row(4, T("A4", "Grand total"), N("B4", 5.25 / 24, 2, "SUM(B2:B3)"));
        var bytes = Workbook(("Client A", ClientSheet(1.5 / 24, 1.0 / 24)), ("Client B", ClientSheet(0.75 / 24, 2.0 / 24)), ("Summary", summary));

        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("per-client.xlsx", bytes)], "8585-302");

        // The sheet's name is the client, reported as the learner wrote it.
        Assert.Equal([("Client A", 90), ("Client A", 60), ("Client B", 45), ("Client B", 120)],
            report.Sessions.Select(s => (s.Client, s.Minutes!.Value)));
        Assert.Equal(315, report.Hours.TotalMinutes);
        Assert.Equal(5.25m, report.StatedTotalHours);
        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.StatedTotalMismatch);
    }

    // Style 2 is the custom [h]:mm these centres use (SpreadsheetLog's own style 2 is the built-in h:mm).
    private static byte[] Workbook(params (string Name, string SheetData)[] sheets) => Tests.Reading.SpreadsheetLog.Workbook(Styles, null, sheets);
}
