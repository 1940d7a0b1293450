using System.Globalization;
using System.Xml.Linq;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// Reads coaching-hour logs kept in Excel, one row a session, ICF-style columns in any order: client, date, duration
/// (or hours / minutes, or paid and pro-bono hours, or start and end times), individual/group, paid/pro bono. Cells
/// may be shared or inline strings, numbers, OADate dates or day fractions; a total row (or a SUM formula) is the
/// learner's stated total, never a session. A sheet named "Supervision" (or a Type column saying so) holds supervision.
/// </summary>
public static class ExcelHoursLogReader
{
    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private sealed record Column(string Field, DurationUnitHint Hint, string? Payment);

    private sealed record Cell(string Text, double? Number, string? Formula, bool IsTimeFormat, bool IsDateFormat);

    private static readonly Dictionary<string, Column> ExtraColumns = new(StringComparer.Ordinal)
    {
        [FormLabels.Normalise("Paid hours")] = new(FieldNames.Duration, DurationUnitHint.Hours, "paid"),
        [FormLabels.Normalise("Pro-bono hours")] = new(FieldNames.Duration, DurationUnitHint.Hours, "pro bono"),
        [FormLabels.Normalise("Pro bono hours")] = new(FieldNames.Duration, DurationUnitHint.Hours, "pro bono"),
        [FormLabels.Normalise("Start date")] = new(FieldNames.SessionDate, DurationUnitHint.None, null),
        [FormLabels.Normalise("Client name")] = new(FieldNames.ClientRef, DurationUnitHint.None, null),
        [FormLabels.Normalise("Number in group")] = new(FormLabels.Ignored, DurationUnitHint.None, null),
    };

    public static DocumentReading Read(SafePackage package)
    {
        using var document = package.OpenExcel();
        var workbook = document.WorkbookPart
            ?? throw new UploadRejectedException(RejectCodes.EmptyDocument, package.FileName, "has no workbook; it is not a usable Excel file.");
        var reading = new DocumentReading { FileName = package.FileName, Kind = DocumentKinds.HoursLog, Mode = ReadingMode.Spreadsheet };
        if (IdentityReader.Read(workbook.GetPartsOfType<CustomXmlPart>()) is { } identity)
        {
            reading.UnitId = identity.UnitId;
            reading.UnitIdSource = "document identity";
        }
        var strings = SharedStrings(workbook);
        var (timeStyles, dateStyles) = Styles(workbook);
        var assembler = new RecordAssembler(reading);
        var anyCell = false;

        var sheets = Load(workbook).Root?.Element(S + "sheets")?.Elements(S + "sheet") ?? [];
        foreach (var sheet in sheets)
        {
            var name = sheet.Attribute("name")?.Value ?? "";
            if (sheet.Attribute(R + "id")?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
            var rows = Rows(part, strings, timeStyles, dateStyles);
            anyCell |= rows.Count > 0;
            ReadSheet(name, rows, reading, assembler);
        }
        if (!anyCell) throw new UploadRejectedException(RejectCodes.EmptyDocument, package.FileName, "has no cells with anything in them; is it the right file?");
        return reading;
    }

    private static void ReadSheet(string sheet, List<(int Row, Dictionary<int, Cell> Cells)> rows, DocumentReading reading, RecordAssembler assembler)
    {
        Dictionary<int, Column>? header = null;
        var supervisionSheet = sheet.Contains("supervision", StringComparison.OrdinalIgnoreCase);
        foreach (var (rowNumber, cells) in rows)
        {
            var at = new ReadLocation(reading.FileName, Sheet: sheet, Row: rowNumber);
            if (header is null)
            {
                header = Header(cells);
                if (header is null) HeaderFields(cells, at, reading);
                continue;
            }
            if (cells.Values.All(c => c.Text.Length == 0 && c.Number is null)) continue;
            var firstText = cells.OrderBy(c => c.Key).Select(c => c.Value.Text).FirstOrDefault(t => t.Length > 0) ?? "";
            var durationCells = cells.Where(c => header.TryGetValue(c.Key, out var col) && col.Field == FieldNames.Duration).ToList();
            if (firstText.StartsWith("total", StringComparison.OrdinalIgnoreCase) || durationCells.Any(c => IsSum(c.Value)))
            {
                var total = (int)Math.Round(durationCells.Select(c => Minutes(c.Value, header[c.Key])).Sum(m => m ?? 0));
                if (total > 0 && reading.StatedTotalMinutes is null)
                {
                    reading.StatedTotalMinutes = total;
                    reading.StatedTotalLocation = at;
                }
                continue;
            }
            var draft = new RecordDraft(DocumentKinds.HoursLog, at);
            var isSupervision = supervisionSheet;
            foreach (var (column, cell) in cells)
            {
                if (!header.TryGetValue(column, out var meaning) || cell.Text.Length == 0 && cell.Number is null) continue;
                switch (meaning.Field)
                {
                    case FieldNames.Duration:
                        if (Minutes(cell, meaning) is { } minutes)
                        {
                            draft.Set(FieldNames.Duration, $"{minutes.ToString("0.##", CultureInfo.InvariantCulture)} mins", at);
                            if (meaning.Payment is { } pay) draft.Set(FormLabels.Payment, pay, at);
                        }
                        else if (cell.Text.Length > 0) draft.Set(FieldNames.Duration, cell.Text, at, meaning.Hint);
                        break;
                    case FieldNames.SessionDate:
                        draft.Set(FieldNames.SessionDate, DateText(cell), at);
                        break;
                    case FieldNames.StartTime or FieldNames.EndTime:
                        draft.Set(meaning.Field, TimeText(cell), at);
                        if (cell.Number is >= 1 && !draft.Fields.ContainsKey(FieldNames.SessionDate))
                            draft.Set(FieldNames.SessionDate, DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(cell.Number.Value))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), at);
                        break;
                    case FormLabels.Mode:
                        if (cell.Text.Contains("supervision", StringComparison.OrdinalIgnoreCase)) isSupervision = true;
                        draft.Set(FormLabels.Mode, cell.Text, at);
                        break;
                    case FormLabels.Ignored:
                        break;
                    default:
                        draft.Set(meaning.Field, cell.Text.Length > 0 ? cell.Text : cell.Number!.Value.ToString(CultureInfo.InvariantCulture), at);
                        break;
                }
            }
            if (isSupervision)
            {
                var supervision = new RecordDraft(DocumentKinds.SupervisionRecord, at);
                foreach (var (field, value) in draft.Fields) supervision.Set(field, value.Value, value.Location, value.Hint);
                assembler.Flush(supervision);
            }
            else
            {
                if (draft.Get(FormLabels.Mode) is { } mode && mode.Contains("group", StringComparison.OrdinalIgnoreCase))
                    assembler.Warn(WarningCodes.GroupSession, "a group session: counted in the hours, check the unit accepts group coaching", at);
                assembler.Flush(draft);
            }
        }
    }

    /// <summary>Label/value pairs above the session table: "Total hours" (often a SUM) and "Unit".</summary>
    private static void HeaderFields(Dictionary<int, Cell> cells, ReadLocation at, DocumentReading reading)
    {
        foreach (var (column, cell) in cells)
        {
            if (cell.Text.Length == 0 || !cells.TryGetValue(column + 1, out var value)) continue;
            var label = FormLabels.Normalise(cell.Text);
            if (label is "unit" or "unit id" && value.Text.Length > 0 && reading.UnitId is null)
            {
                reading.UnitId = value.Text.Trim();
                reading.UnitIdSource = "unitId field";
            }
            else if (FormLabels.Find(cell.Text)?.Field == FieldNames.TotalHours && reading.StatedTotalMinutes is null)
            {
                var minutes = value.Number is { } n && n > 0 ? Minutes(value, new Column(FieldNames.Duration, DurationUnitHint.Hours, null))
                    : DurationParser.Parse(value.Text, DurationUnitHint.Hours, DurationParser.MaxTotalMinutes)?.Minutes;
                if (minutes is { } m)
                {
                    reading.StatedTotalMinutes = (int)Math.Round(m);
                    reading.StatedTotalLocation = at;
                }
            }
        }
    }

    private static Dictionary<int, Column>? Header(Dictionary<int, Cell> cells)
    {
        var map = new Dictionary<int, Column>();
        foreach (var (column, cell) in cells)
        {
            if (cell.Text.Length == 0) continue;
            var key = FormLabels.Normalise(cell.Text);
            if (ExtraColumns.TryGetValue(key, out var extra)) map[column] = extra;
            else if (FormLabels.Find(cell.Text) is { Field: { } field } meaning) map[column] = new Column(field, meaning.Hint, null);
        }
        var hasTime = map.Values.Any(c => c.Field is FieldNames.Duration or FieldNames.StartTime);
        var hasWho = map.Values.Any(c => c.Field is FieldNames.ClientRef or FieldNames.SessionDate);
        return hasTime && hasWho ? map : null;
    }

    /// <summary>Minutes in a duration cell: a day fraction when formatted as a time, else the column's unit.</summary>
    private static decimal? Minutes(Cell cell, Column column)
    {
        if (cell.Number is not { } n || n <= 0) return null;
        if (cell.IsTimeFormat) return Math.Round((decimal)n * 1440m, 2);
        return column.Hint == DurationUnitHint.Minutes ? (decimal)n
            : column.Hint == DurationUnitHint.Hours ? Math.Round((decimal)n * 60m, 2)
            : n < 1 ? Math.Round((decimal)n * 1440m, 2) // an unformatted "0.0625" is Excel's day fraction for 1:30
            : n <= 8 ? Math.Round((decimal)n * 60m, 2) : (decimal)n;
    }

    /// <summary>A SUM/SUBTOTAL formula adds sessions up; "=D3-C3" (end minus start) is one session's own figure.</summary>
    private static bool IsSum(Cell cell) =>
        cell.Formula is { } f && (f.Contains("SUM(", StringComparison.OrdinalIgnoreCase) || f.Contains("SUBTOTAL(", StringComparison.OrdinalIgnoreCase));

    private static string DateText(Cell cell) =>
        cell.Number is { } n && n > 1 && (cell.IsDateFormat || cell.Text.Length == 0)
            ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(n))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : cell.Text;

    private static string TimeText(Cell cell) =>
        cell.Number is { } n ? TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Math.Round((n - Math.Floor(n)) * 1440))).ToString("HH:mm", CultureInfo.InvariantCulture) : cell.Text;

    private static List<(int, Dictionary<int, Cell>)> Rows(WorksheetPart part, List<string> strings, HashSet<int> timeStyles, HashSet<int> dateStyles)
    {
        var rows = new List<(int, Dictionary<int, Cell>)>();
        var data = Load(part).Root?.Element(S + "sheetData");
        if (data is null) return rows;
        var rowIndex = 0;
        foreach (var row in data.Elements(S + "row"))
        {
            rowIndex = int.TryParse(row.Attribute("r")?.Value, out var r) ? r : rowIndex + 1;
            var cells = new Dictionary<int, Cell>();
            var columnIndex = 0;
            foreach (var c in row.Elements(S + "c"))
            {
                columnIndex = c.Attribute("r")?.Value is { } reference ? ColumnOf(reference) : columnIndex + 1;
                var type = c.Attribute("t")?.Value;
                var style = int.TryParse(c.Attribute("s")?.Value, out var s) ? s : 0;
                var v = c.Element(S + "v")?.Value;
                var formula = c.Element(S + "f")?.Value;
                string text = "";
                double? number = null;
                switch (type)
                {
                    case "s":
                        if (int.TryParse(v, out var index) && index >= 0 && index < strings.Count) text = strings[index];
                        break;
                    case "inlineStr":
                        text = string.Concat(c.Element(S + "is")?.Descendants(S + "t").Where(t => t.Parent?.Name != S + "rPh").Select(t => t.Value) ?? []);
                        break;
                    case "str" or "e":
                        text = type == "str" ? v ?? "" : "";
                        break;
                    case "b":
                        text = v == "1" ? "TRUE" : "FALSE";
                        break;
                    default:
                        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) number = d;
                        break;
                }
                if (text.Length > 0 || number is not null || formula is not null)
                    cells[columnIndex] = new Cell(text.Trim(), number, formula, timeStyles.Contains(style), dateStyles.Contains(style));
            }
            if (cells.Count > 0) rows.Add((rowIndex, cells));
        }
        return rows;
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            column = column * 26 + (ch - 'A' + 1);
        }
        return column;
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part) return [];
        return Load(part).Root?.Elements(S + "si")
            .Select(si => string.Concat(si.Descendants(S + "t").Where(t => t.Parent?.Name != S + "rPh").Select(t => t.Value)))
            .ToList() ?? [];
    }

    /// <summary>Which cell styles show a time of day / duration, and which a date (built-in ids and custom formats).</summary>
    private static (HashSet<int> Time, HashSet<int> Date) Styles(WorkbookPart workbook)
    {
        var time = new HashSet<int>();
        var date = new HashSet<int>();
        if (workbook.WorkbookStylesPart is not { } part) return (time, date);
        var root = Load(part).Root;
        var custom = root?.Element(S + "numFmts")?.Elements(S + "numFmt")
            .ToDictionary(f => (int?)int.Parse(f.Attribute("numFmtId")!.Value, CultureInfo.InvariantCulture) ?? 0, f => f.Attribute("formatCode")?.Value ?? "")
            ?? [];
        var index = 0;
        foreach (var xf in root?.Element(S + "cellXfs")?.Elements(S + "xf") ?? [])
        {
            var id = int.TryParse(xf.Attribute("numFmtId")?.Value, out var n) ? n : 0;
            var code = custom.GetValueOrDefault(id, "").ToLowerInvariant();
            var stripped = new string(code.Where(ch => ch is not ('"' or '\\')).ToArray());
            var isDate = id is >= 14 and <= 17 or 22 || (stripped.Contains('d') || stripped.Contains('y')) && !stripped.StartsWith("[h", StringComparison.Ordinal);
            var isTime = !isDate && (id is >= 18 and <= 21 or >= 45 and <= 47 || stripped.Contains('h') || stripped.Contains("[m") || stripped.Contains("mm:ss"));
            if (isDate) date.Add(index);
            if (isTime) time.Add(index);
            index++;
        }
        return (time, date);
    }

    private static XDocument Load(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XmlSafety.Load(stream);
    }
}
