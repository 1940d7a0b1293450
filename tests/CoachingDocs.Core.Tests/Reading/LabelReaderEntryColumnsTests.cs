using static CoachingDocs.Core.Tests.Fixtures;
using static CoachingDocs.Core.Tests.Reading.LabelReaderDocument;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The ILM reflective log's entries side by side, one per "Session date____" column, and the page repeated further down
/// the same table: every column with a date is an entry, answered or not. Input: hand-written WordprocessingML.
/// </summary>
public class LabelReaderEntryColumnsTests
{
    private const string Questioning = "How well did you use questioning in the session? Please give examples";

    [Fact]
    public void Each_dated_column_of_each_page_is_one_entry()
    {
        var reading = Read(P("Reflective Log", "Title")
            + Table(
                Row("", "Session date____04/03/2025", "Session date____18/03/2025"),
                Row(Questioning, "Open questions", "Fewer closed questions"),
                Row("", "Session date____01/04/2025", "Session date____15/04/2025"),
                Row(Questioning, "Scaling questions", "")));   // the last entry has its date only

        Assert.Equal(
            [(new DateOnly(2025, 3, 4), 1), (new DateOnly(2025, 3, 18), 1), (new DateOnly(2025, 4, 1), 3), (new DateOnly(2025, 4, 15), 3)],
            reading.Reflections.Select(r => (r.Date!.Value, r.Location.Row!.Value)));
        Assert.All(reading.Reflections, r => Assert.Null(r.ClientRef));
        Assert.Equal(["Open questions", "Fewer closed questions", "Scaling questions"],
            reading.Evidence.Where(e => e.Section == "reflective-log#whatHappened").Select(e => e.Text));
    }
}
