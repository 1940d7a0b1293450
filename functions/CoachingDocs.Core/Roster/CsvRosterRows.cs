using CsvHelper;

namespace CoachingDocs.Core.Roster;

/// <summary>Rows of a .csv roster, already decoded by <see cref="RosterText"/> (the separator, comma, semicolon or tab, is detected).</summary>
internal static class CsvRosterRows
{
    public static IEnumerable<(int Row, IReadOnlyDictionary<string, string> Cells)> Read(string text)
    {
        // Empty lines are kept so that row numbers match the rows a centre sees when it opens the file in Excel.
        var options = new CsvReaderOptions { HasHeader = true, SkipEmptyLines = false };
        using var csv = CsvReader.FromText(text, options);
        IReadOnlyDictionary<string, int> map;
        try
        {
            map = RosterReader.MapHeader(csv.Headers.ToList());
        }
        catch (CsvFormatException)
        {
            throw new RosterFormatException("row 1 is not a readable header row");
        }
        if (csv.Headers.Count == 0)
            throw new RosterFormatException("the roster is empty; row 1 must be a header row naming the columns");

        while (csv.Read())
        {
            var row = (int)csv.RowNumber + 1;
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (column, index) in map)
                cells[column] = index < csv.FieldCount ? csv.GetString(index) : "";
            yield return (row, cells);
        }
    }
}
