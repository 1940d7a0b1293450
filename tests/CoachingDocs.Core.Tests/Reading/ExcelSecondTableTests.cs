using CoachingDocs.Core.Checking;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// A CSV log opened in Calc: text durations with their unit ("2 hrs"), a Total row with a bare number, a Target row,
/// then a second table of supervision with its own header on the same sheet.
/// </summary>
public class ExcelSecondTableTests
{
    private static string Text(string cell, string text) => $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";
    private static string Number(string cell, double value) => $"<c r=\"{cell}\"><v>{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>";
    private static string Row(int r, params string[] cells) => $"<row r=\"{r}\">{string.Concat(cells)}</row>";

    [Fact]
    public void The_bare_total_is_hours_and_the_second_header_starts_the_supervision_table()
    {
        var sheet = string.Concat(
            Row(1, Text("A1", "Date"), Text("B1", "Client"), Text("C1", "Duration"), Text("D1", "Type")),
            Row(2, Text("A2", "04/03/2025"), Text("B2", "Learner 1"), Text("C2", "2 hrs"), Text("D2", "Individual")),
            Row(3, Text("A3", "08/03/2025"), Text("B3", "Learner 2"), Text("C3", "1.5 hrs"), Text("D3", "Individual")),
            Row(4, Text("A4", "Total"), Number("C4", 3.5)),
            Row(5, Text("A5", "Target"), Number("B5", 6)),
            Row(7, Text("A7", "Supervision date"), Text("B7", "Supervisor"), Text("C7", "Duration"), Text("D7", "Type")),
            Row(8, Text("A8", "15/04/2025"), Text("B8", "M. Okafor"), Text("C8", "1 hrs"), Text("D8", "Supervision")));
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload("log.xlsx", Xlsx("Log", sheet))], "8585-302");

        Assert.Equal(2, report.Sessions.Count);
        Assert.Equal(210, report.Hours.TotalMinutes);
        Assert.Equal(2, report.Clients);
        Assert.Equal(3.5m, report.StatedTotalHours);
        Assert.DoesNotContain(report.Findings, f => f.Code is "STATED_TOTAL_MISMATCH" or "UNREADABLE_DURATION");
        Assert.Equal(1, report.Supervision.Sessions);
        Assert.Equal(60, report.Supervision.Minutes);
    }
}
