using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CoachingDocs.Core.Packaging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoachingDocs.Core.Roster;

/// <summary>
/// Rows of an .xlsx roster: the first worksheet, header in its first non-empty row. The workbook has passed
/// <see cref="SafePackageOpener"/> (sizes, ratios, DTDs, depth) with the roster limits; the sheet and its shared
/// strings are then read forward-only, a cell at a time, so memory follows the roster's size, not the file's claims.
/// Cells are located by their reference (A1) because writers omit empty cells; dates typed into Excel arrive as serial
/// numbers and are turned into ISO dates here.
/// </summary>
internal static class XlsxRosterRows
{
    /// <summary>Excel's last column is XFD (16,384); a reference beyond it is not a cell of any workbook.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>No roster value is longer (learner fields allow 200 characters); longer text is cut here, then refused by the row rules.</summary>
    private const int MaxCellChars = 4_000;

    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly HashSet<string> DateColumns = [RosterColumns.StartDate, RosterColumns.EndDate];

    public static IEnumerable<(int Row, IReadOnlyDictionary<string, string> Cells)> Read(SafePackage package)
    {
        if (package.Format != PackageFormat.Excel)
            throw new RosterFormatException("the roster is a Word document, not an Excel workbook (.xlsx) or a .csv file");
        SpreadsheetDocument document;
        try
        {
            document = package.OpenExcel();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or InvalidOperationException)
        {
            throw new RosterFormatException("the roster is a zip but not an Excel workbook (.xlsx) that can be opened");
        }
        using (document)
        {
            var workbookPart = document.WorkbookPart
                ?? throw new RosterFormatException("the roster is a zip but not an Excel workbook (.xlsx) that can be opened");
            var firstSheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new RosterFormatException("the workbook has no sheets");
            if (firstSheet.Id?.Value is not { } relId || !workbookPart.TryGetPartById(relId, out var part) || part is not WorksheetPart sheetPart)
                throw new RosterFormatException("the workbook's first sheet is not a worksheet");
            var shared = workbookPart.SharedStringTablePart is { } sharedPart ? SharedStrings(sharedPart) : [];

            IReadOnlyDictionary<string, int>? map = null;
            foreach (var (rowNumber, values) in SheetRows(sheetPart, shared))
            {
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
                    if (DateColumns.Contains(column) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
                        text = DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    cells[column] = text;
                }
                yield return (rowNumber, cells);
            }
            if (map is null)
                throw new RosterFormatException("the roster is empty; row 1 must be a header row naming the columns");
        }
    }

    private static IEnumerable<(int Row, Dictionary<int, string> Values)> SheetRows(WorksheetPart sheetPart, string[] shared)
    {
        using var stream = sheetPart.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, XmlSafety.ReaderSettings);
        Dictionary<int, string>? values = null;
        var rowNumber = 0;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && values is not null)
            {
                yield return (rowNumber, values);
                values = null;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == S.NamespaceName && reader.LocalName == "row")
            {
                rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                values = [];
                if (reader.IsEmptyElement)
                {
                    yield return (rowNumber, values);
                    values = null;
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == S.NamespaceName && reader.LocalName == "c" && values is not null)
            {
                var reference = reader.GetAttribute("r");
                var cell = (XElement)XNode.ReadFrom(reader); // leaves the reader on the node after the cell
                if (reference is not null) values[ColumnIndex(reference)] = CellText(cell, shared);
                continue;
            }
            reader.Read();
        }
    }

    private static string CellText(XElement cell, string[] shared)
    {
        var type = cell.Attribute("t")?.Value;
        var raw = cell.Element(S + "v")?.Value ?? "";
        var text = type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : "",
            "inlineStr" => string.Concat(cell.Element(S + "is")?.Descendants(S + "t").Where(t => t.Parent?.Name != S + "rPh").Select(t => t.Value) ?? []),
            _ => raw,
        };
        return text.Length > MaxCellChars ? text[..MaxCellChars] : text;
    }

    private static string[] SharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, XmlSafety.ReaderSettings);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                var item = (XElement)XNode.ReadFrom(reader);
                var text = string.Concat(item.Descendants(S + "t").Where(t => t.Parent?.Name != S + "rPh").Select(t => t.Value));
                strings.Add(text.Length > MaxCellChars ? text[..MaxCellChars] : text);
            }
            else reader.Read();
        }
        return strings.ToArray();
    }

    /// <summary>Column index (0-based) of an A1 reference; a column past XFD is refused, not allocated.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > MaxColumns)
                throw new RosterFormatException($"cell '{(reference.Length > 12 ? reference[..12] + "…" : reference)}' lies beyond Excel's last column (XFD); the roster is damaged");
        }
        return index - 1;
    }
}
