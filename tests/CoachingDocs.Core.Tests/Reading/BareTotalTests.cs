using CoachingDocs.Core.Checking;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>A bare number in a log's Total row, under a "Duration" heading that names no unit.</summary>
public class BareTotalTests
{
    private static Core.Reports.CheckReport Check(string first, string second, string total) =>
        CheckRunner.Run(TestCatalogue.Instance, [Upload("log.docx", Docx(string.Concat(
            P("Record of coaching sessions", "Heading1"),
            Table(Row("Session", "Date", "Client", "Duration"), Row("1", "04/03/2025", "Client A", first), Row("2", "08/03/2025", "Client B", second),
                Row("Total", "", "", total)))))], "8585-302");

    // "2.5" under sessions written "1h", "1h30" is hours; "150" under sessions written "60", "90" is minutes, like them.
    [Theory]
    [InlineData("1h", "1h30", "2.5")]
    [InlineData("60", "90", "150")]
    public void Is_read_in_the_unit_of_the_sessions_above_it(string first, string second, string total)
    {
        var report = Check(first, second, total);

        Assert.Equal(150, report.Hours.TotalMinutes);
        Assert.Equal(2.5m, report.StatedTotalHours);
        Assert.DoesNotContain(report.Findings, f => f.Code == "STATED_TOTAL_MISMATCH");
    }

    [Fact]
    public void A_bare_total_that_does_not_add_up_is_still_a_mismatch()
    {
        var report = Check("1h", "1h30", "4");

        Assert.Equal(4m, report.StatedTotalHours);
        Assert.Contains(report.Findings, f => f.Code == "STATED_TOTAL_MISMATCH");
    }
}
