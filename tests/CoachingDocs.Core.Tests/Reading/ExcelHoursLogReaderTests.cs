using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

public class ExcelHoursLogReaderTests
{
    private const string LibreOfficeLog = "RD041-LibreOfficeHoursLog.xlsx";

    [Fact]
    public void RD041_icf_style_log_written_by_LibreOffice_Calc()
    {
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload(LibreOfficeLog, Asset(LibreOfficeLog))], "L5-502");

        Assert.Equal([("Client 1", "2025-01-07", 90, "paid"), ("Client 2", "2025-01-09", 60, "pro bono"), ("Client 1", "2025-01-21", 75, "paid"), ("Team A", "2025-01-23", 120, "paid")],
            report.Sessions.Select(s => (s.Client!, s.Date!.Value.ToString("yyyy-MM-dd"), s.Minutes!.Value, s.Payment!)));
        Assert.Equal(345, report.Hours.TotalMinutes);
        Assert.Equal(5.75m, report.StatedTotalHours);
        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.StatedTotalMismatch);
        Assert.Equal(1, report.Supervision.Sessions);
        Assert.Equal(60, report.Supervision.Minutes);
        Assert.Contains(report.Warnings, w => w.Code == WarningCodes.GroupSession && w.Location!.Contains("sheet Coaching log, row 5"));
        Assert.Equal(["HOURS_SHORT", "TOO_FEW_CLIENTS", "SUPERVISION_SHORT"], report.Findings.Where(f => !f.Code.StartsWith("AC_", StringComparison.Ordinal)).Select(f => f.Code));
    }

    /// <summary>RD040: hand-written SpreadsheetML: shared and inline strings, OADate and text dates, h:mm day fractions,
    /// text durations, start/end times as text, and an unlabelled SUM total that disagrees with the sessions.</summary>
    [Fact]
    public void RD040_hand_written_log_with_every_cell_form()
    {
        string[] strings = ["Client", "Date", "Duration", "Start", "End", "C1", "C2", "1h 30m"];
        const string styles = """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
              <numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm"/></numFmts>
              <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="20"/><xf numFmtId="164"/></cellXfs>
            </styleSheet>
            """;
        var sheet =
            Row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c>")
            // OADate 45728 = 12/03/2025; 0.0625 formatted h:mm = 1:30
            + Row(2, "<c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" s=\"1\"><v>45728</v></c><c r=\"C2\" s=\"2\"><v>0.0625</v></c>")
            // inline string client, text date, shared-string text duration
            + Row(3, "<c r=\"A3\" t=\"inlineStr\"><is><t>C2</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>Tue 18th Mar 2025</t></is></c><c r=\"C3\" t=\"s\"><v>7</v></c>")
            // no duration: start and end as text
            + Row(4, "<c r=\"A4\" t=\"s\"><v>5</v></c><c r=\"B4\" t=\"inlineStr\"><is><t>26/03/2025</t></is></c><c r=\"D4\" t=\"inlineStr\"><is><t>10:00</t></is></c><c r=\"E4\" t=\"inlineStr\"><is><t>11:45</t></is></c>")
            // [h]:mm custom format: 0.0520833 = 75 minutes; a formula computing it is a session, not a total
            + Row(5, "<c r=\"A5\" t=\"s\"><v>6</v></c><c r=\"B5\" s=\"1\"><v>45752</v></c><c r=\"C5\" s=\"3\"><f>E5-D5</f><v>0.052083333333333336</v></c>")
            + Row(7, "<c r=\"C7\" s=\"3\"><f>SUM(C2:C5)</f><v>0.25</v></c>");
        var bytes = Xlsx("Sessions", sheet, strings, styles);
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("RD040-Log.xlsx", bytes)], "8585-302");

        Assert.Equal([("C1", "2025-03-12", 90), ("C2", "2025-03-18", 90), ("C1", "2025-03-26", 105), ("C2", "2025-04-05", 75)],
            report.Sessions.Select(s => (s.Client!, s.Date!.Value.ToString("yyyy-MM-dd"), s.Minutes!.Value)));
        Assert.Equal(360, report.Hours.TotalMinutes);
        Assert.Equal(6m, report.StatedTotalHours);
        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.StatedTotalMismatch);
        Assert.Contains("row 4", report.Sessions[2].Location);

        // The same log with a typed total that is wrong.
        var wrong = Xlsx("Sessions", sheet.Replace("<v>0.25</v>", "<v>0.3125</v>", StringComparison.Ordinal), strings, styles);
        var mismatch = CheckRunner.Run(TestCatalogue.Instance, [Upload("RD040-Log.xlsx", wrong)], "8585-302");
        var finding = mismatch.Findings.Single(f => f.Code == FindingCodes.StatedTotalMismatch);
        Assert.Contains("7.5 hours", finding.Message);
        Assert.Contains("360 minutes", finding.Message);
        Assert.Contains("row 7", finding.Location);
    }

    [Fact]
    public void An_empty_workbook_is_refused()
    {
        var ex = Assert.Throws<CoachingDocs.Core.Packaging.UploadRejectedException>(() =>
            CheckRunner.Run(TestCatalogue.Instance, [Upload("empty.xlsx", Xlsx("Sheet1", ""))], "8585-302"));
        Assert.Equal("REJECT_EMPTY_DOCUMENT", ex.Code);
    }

    private static string Row(int r, string cells) => $"<row r=\"{r}\">{cells}</row>";
}
