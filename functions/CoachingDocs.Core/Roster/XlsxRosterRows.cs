using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoachingDocs.Core.Roster;

/// <summary>
/// Rows of an .xlsx roster: the first worksheet, header in its first non-empty row. Cells are located by their
/// reference (A1) because writers omit empty cells; dates typed into Excel arrive as serial numbers and are turned
/// into ISO dates here.
/// </summary>
internal static class XlsxRosterRows
{
    private static readonly HashSet<string> DateColumns = [RosterColumns.StartDate, RosterColumns.EndDate];

    public static IEnumerable<(int Row, IReadOnlyDictionary<string, string> Cells)> Read(Stream stream)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new RosterFormatException("the roster is a zip but not an Excel workbook (.xlsx) that can be opened");
        }
        using (document)
        {
            var workbookPart = document.WorkbookPart
                ?? throw new RosterFormatException("the roster is a zip but not an Excel workbook (.xlsx) that can be opened");
            var firstSheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new RosterFormatException("the workbook has no sheets");
            if (firstSheet.Id?.Value is not { } relId || workbookPart.GetPartById(relId) is not WorksheetPart sheetPart)
                throw new RosterFormatException("the workbook's first sheet is not a worksheet");
            var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];

            IReadOnlyDictionary<string, int>? map = null;
            foreach (var row in sheetPart.Worksheet.Descendants<Row>())
            {
                var values = new Dictionary<int, string>();
                foreach (var cell in row.Elements<Cell>())
                    if (cell.CellReference?.Value is { } reference)
                        values[ColumnIndex(reference)] = CellText(cell, shared);
                if (values.Values.All(string.IsNullOrWhiteSpace))
                    continue;
                if (map is null)
                {
                    var width = values.Keys.Max() + 1;
                    map = RosterReader.MapHeader(Enumerable.Range(0, width).Select(i => values.GetValueOrDefault(i, "")).ToList());
                    continue;
                }
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (column, index) in map)
                {
                    var text = values.GetValueOrDefault(index, "");
                    if (DateColumns.Contains(column) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
                        text = DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    cells[column] = text;
                }
                yield return ((int)(row.RowIndex?.Value ?? 0), cells);
            }
            if (map is null)
                throw new RosterFormatException("the roster is empty; row 1 must be a header row naming the columns");
        }
    }

    private static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString?.InnerText ?? "";
        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}
