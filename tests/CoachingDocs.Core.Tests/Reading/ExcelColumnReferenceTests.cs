using static CoachingDocs.Core.Tests.Reading.SpreadsheetLog;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Cell references: columns past Z (AA, AZ, BA, AAA) up to Excel's last (XFD) and beyond, and rows and cells written
/// without references (their place is their position). Inputs are hand-written SpreadsheetML (see <see cref="SpreadsheetLog"/>).
/// </summary>
public class ExcelColumnReferenceTests
{
    [Theory]
    [InlineData("A", "B", "C")]
    [InlineData("A", "B", "AA")]
    [InlineData("A", "B", "AZ")]
    [InlineData("A", "B", "BA")]
    [InlineData("AAA", "AAB", "AAC")]
    [InlineData("XFC", "XFD", "XFE")] // XFE is past Excel's last column: all such cells share one place, apart from XFD
    public void Each_column_letter_is_its_own_column(string client, string date, string hours)
    {
        var reading = ReadSheet(Row(1, T($"{client}1", "Client"), T($"{date}1", "Date"), T($"{hours}1", "Hours"))
            + Row(2, T($"{client}2", "C1"), N($"{date}2", March12, 1), N($"{hours}2", 1.5)));

        Assert.Equal([("C1", "2025-03-12", (int?)90)], reading.Seen());
    }

    [Fact]
    public void Rows_and_cells_without_references_are_placed_by_their_position()
    {
        static string Text(string text) => $"<c t=\"inlineStr\"><is><t>{text}</t></is></c>";
        static string Number(double value, int style = 0) => $"<c s=\"{style}\"><v>{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>";
        var sheet = "<row>" + Text("Total hours") + Number(3.5) + "</row>"
            + "<row>" + Text("Client") + Text("Date") + Text("Hours") + "</row>"
            + "<row>" + Text("C1") + Number(March12, 1) + Number(1.5) + "</row>"
            + "<row>" + Text("C2") + Number(March12 + 7, 1) + Number(2) + "</row>";
        var reading = ReadSheet(sheet);

        Assert.Equal([("C1", "2025-03-12", (int?)90), ("C2", "2025-03-19", 120)], reading.Seen());
        Assert.Equal([3, 4], reading.Sessions.Select(s => s.Location.Row!.Value));
        Assert.Equal(210, reading.StatedTotalMinutes);
        Assert.Equal(1, reading.StatedTotalLocation!.Row);
    }
}
