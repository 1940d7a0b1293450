using System.Diagnostics;
using System.Text;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Reading.SpreadsheetLog;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// A long sheet is stoppable while its rows are parsed (the token is looked at every few hundred rows), not only once
/// every sheet has been parsed. Input: hand-written SpreadsheetML of 600 session rows.
/// </summary>
public class ExcelCancellationStrideTests
{
    [Fact]
    public void A_cancelled_token_stops_the_reader_inside_a_long_sheet()
    {
        var rows = new StringBuilder(Row(1, T("A1", "Client"), T("B1", "Date"), T("C1", "Hours")));
        for (var r = 2; r <= 601; r++) rows.Append(Row(r, T($"A{r}", $"C{r % 4}"), N($"B{r}", March12, 1), N($"C{r}", 1)));
        var workbook = Workbook(("Log", rows.ToString()));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var ex = Assert.ThrowsAny<OperationCanceledException>(() => Read(workbook, cancelled.Token));

        // Both places the reader looks at the token throw the same exception: only where it was thrown from tells a
        // reader that stops mid-sheet from one that parses every row of every sheet first.
        var readerFrames = new StackTrace(ex).GetFrames().Select(f => f.GetMethod()).Where(m => m?.DeclaringType == typeof(ExcelHoursLogReader)).Select(m => m!.Name);
        Assert.Contains("Rows", readerFrames);
        Assert.Equal(600, Read(workbook).Sessions.Count);
    }
}
