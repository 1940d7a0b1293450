using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;
using CoachingDocs.Core.Reports;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Hostile;

/// <summary>Cells from a fuzzer or a damaged file: each is unreadable or warned, never an exception.</summary>
public class HostileCellTests
{
    private const string Styles = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
          <numFmts count="2"><numFmt numFmtId="99999999999" formatCode="x"/><numFmt numFmtId="164" formatCode="hh:mm"/><numFmt numFmtId="164" formatCode="hh:mm"/></numFmts>
          <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>
        </styleSheet>
        """;

    private static string Header => Row(1, Text("A1", "Client") + Text("B1", "Date") + Text("C1", "Start") + Text("D1", "End") + Text("E1", "Duration (hours)"));

    private static string Text(string at, string text) => $"<c r=\"{at}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    private static string Number(string at, string value, int style = 0) => $"<c r=\"{at}\" s=\"{style}\"><v>{value}</v></c>";

    private static string Row(int r, string cells) => $"<row r=\"{r}\">{cells}</row>";

    private static CheckReport Check(string rows) =>
        CheckRunner.Run(TestCatalogue.Instance, [Upload("log.xlsx", Xlsx("Log", Header + rows, stylesXml: Styles))], "8585-302");

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1E+300")]
    [InlineData("79228162514264337593543950336")]
    public void A_duration_cell_that_is_no_figure_is_not_counted(string value)
    {
        var report = Check(Row(2, Text("A2", "C1") + Number("B2", "45728", 1) + Number("E2", value)));
        Assert.Equal(0, report.Hours.TotalMinutes);
    }

    [Theory]
    [InlineData("2958466")]
    [InlineData("1E+300")]
    public void A_date_serial_beyond_year_9999_is_not_a_date(string serial)
    {
        var report = Check(Row(2, Text("A2", "C1") + Number("B2", serial, 1) + Number("E2", "1.5")));
        Assert.Equal(90, report.Hours.TotalMinutes);
        Assert.Null(report.Sessions.Single().Date);
    }

    [Fact]
    public void An_end_time_of_23_59_50_is_the_end_of_the_day()
    {
        // 0.9375 = 22:30; 0.99988426 = 23:59:50
        var report = Check(Row(2, Text("A2", "C1") + Number("B2", "45728", 1) + Number("C2", "0.9375", 2) + Number("D2", "0.99988426", 2)));
        Assert.Equal(89, report.Sessions.Single().Minutes);
    }

    [Fact]
    public void A_negative_duration_is_warned_not_dropped_silently()
    {
        var report = Check(Row(2, Text("A2", "C1") + Number("B2", "45728", 1) + Number("E2", "-1.5")));
        Assert.Equal(0, report.Hours.TotalMinutes);
        Assert.Contains(report.Warnings, w => w.Code == WarningCodes.NegativeDuration && w.Location!.Contains("row 2"));
    }
}
