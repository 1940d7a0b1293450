using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>Issue 9: a stated total in Word that cannot be read is said (as the Excel reader says it), never dropped silently.</summary>
public class UnreadableStatedTotalTests
{
    private static CoachingDocs.Core.Reports.CheckReport Check(string body) =>
        CheckRunner.Run(TestCatalogue.Instance, [Upload("diary.docx", Docx(body))], "8585-302");

    [Fact]
    public void A_tagged_total_hours_field_that_is_not_a_number()
    {
        var report = Check(Sdt("cd1:f:totalHours", P("see the log"))
            + Sdt("cd1:r:session", Sdt("cd1:i:session", Sdt("cd1:f:clientRef", P("K")) + Sdt("cd1:f:sessionDate", P("12/03/2025")) + Sdt("cd1:f:duration", P("1 hour")))));

        Assert.Equal("tags", report.Documents[0].Mode);
        Assert.Null(report.StatedTotalHours);
        var warning = Assert.Single(report.Warnings, w => w.Code == WarningCodes.UnreadableCell);
        Assert.Contains("see the log", warning.Message);
    }

    [Fact]
    public void A_log_tables_total_row_that_is_not_a_number()
    {
        var report = Check(Table(
            Row("Date", "Client", "Duration (hrs)"),
            Row("12/03/2025", "C1", "1.5"),
            Row("19/03/2025", "C2", "2"),
            Row("Total", "", "see above")));

        Assert.Equal(210, report.Hours.TotalMinutes);
        Assert.Null(report.StatedTotalHours);
        var warning = Assert.Single(report.Warnings, w => w.Code == WarningCodes.UnreadableCell);
        Assert.Contains("see above", warning.Message);
        Assert.Contains("row 4", warning.Location);
    }

    [Fact]
    public void A_readable_total_row_gives_no_such_warning()
    {
        var report = Check(Table(Row("Date", "Client", "Duration (hrs)"), Row("12/03/2025", "C1", "1.5"), Row("Total", "", "1.5")));
        Assert.Equal(1.5m, report.StatedTotalHours);
        Assert.DoesNotContain(report.Warnings, w => w.Code == WarningCodes.UnreadableCell);
    }
}
