using System.Globalization;
using System.Text.RegularExpressions;
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
public static partial class ExcelHoursLogReader
{
    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private sealed record Column(string Field, DurationUnitHint Hint, string? Payment);

    /// <summary><paramref name="Error"/>: the error value a formula shows ("#VALUE!"), which is no text of the learner's.</summary>
    private sealed record Cell(string Text, double? Number, string? Formula, bool IsTimeFormat, string? Error = null);

    private static readonly Dictionary<string, Column> ExtraColumns = new(StringComparer.Ordinal)
    {
        [FormLabels.Normalise("Paid hours")] = new(FieldNames.Duration, DurationUnitHint.Hours, "paid"),
        // "Pro-bono hours" too: Normalise makes the hyphen a space, so it is this key.
        [FormLabels.Normalise("Pro bono hours")] = new(FieldNames.Duration, DurationUnitHint.Hours, "pro bono"),
        [FormLabels.Normalise("Start date")] = new(FieldNames.SessionDate, DurationUnitHint.None, null),
        // "Client name" needs no entry: FormLabels reads it as the client, with no unit, as this table would.
        // Stryker disable once String : an unknown heading is no column, which reads the same as an ignored one (neither is a duration, date or client)
        [FormLabels.Normalise("Number in group")] = new(FormLabels.Ignored, DurationUnitHint.None, null),
        // A unit in the header that is a clock format: the cells are day fractions (time-formatted) or "1:30" text.
        [FormLabels.Normalise("Duration (h:mm)")] = new(FieldNames.Duration, DurationUnitHint.None, null),
        [FormLabels.Normalise("Duration (hh:mm)")] = new(FieldNames.Duration, DurationUnitHint.None, null),
        [FormLabels.Normalise("Hours (h:mm)")] = new(FieldNames.Duration, DurationUnitHint.None, null),
        [FormLabels.Normalise("Time (h:mm)")] = new(FieldNames.Duration, DurationUnitHint.None, null),
    };

    /// <summary>Reads the workbook's sheets as an hours log; <paramref name="cancellation"/> is looked at every few hundred rows.</summary>
    public static DocumentReading Read(SafePackage package, CancellationToken cancellation = default)
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
        var timeStyles = TimeStyles(workbook);
        var assembler = new RecordAssembler(reading);
        var anyCell = false;

        var sheets = new List<(string Name, List<(int Row, Dictionary<int, Cell> Cells)> Rows)>();
        foreach (var sheet in Load(workbook).Root?.Element(S + "sheets")?.Elements(S + "sheet") ?? [])
        {
            var name = sheet.Attribute("name")?.Value ?? "";
            if (sheet.Attribute(R + "id")?.Value is not { } id || !workbook.TryGetPartById(id, out var found) || found is not WorksheetPart part) continue;
            var rows = Rows(part, strings, timeStyles, cancellation);
            anyCell |= rows.Count > 0;
            sheets.Add((name, rows));
        }
        if (!anyCell) throw new UploadRejectedException(RejectCodes.EmptyDocument, package.FileName, "has no cells with anything in them; is it the right file?");

        // One sheet per client is a common layout: then the sheet's name is the client, and a sheet whose table has no
        // dates beside such sheets (a "Summary") repeats their hours rather than adding sessions.
        var dated = sheets.Select(sh => (sh.Name, Header: FirstHeader(sh.Rows)))
            .Where(sh => sh.Header is { } h && h.Values.Any(c => c.Field is FieldNames.SessionDate)).Select(sh => sh.Name).ToList();
        var totals = new Totals();
        foreach (var (name, rows) in sheets)
        {
            // Only beside a sheet of dated sessions is a sheet a summary: a lone sheet named "Summary" is the log itself.
            var summary = (IsSummaryName(name) || !dated.Contains(name)) && dated.Any(d => d != name);
            var perClientSheet = !summary && !IsSupervision(name) && dated.Count(d => !IsSupervision(d)) > 1;
            cancellation.ThrowIfCancellationRequested();
            ReadSheet(name, rows, reading, assembler, totals, summary, perClientSheet);
        }
        // The learner's stated total: a grand total if they wrote one, else their per-sheet totals added up.
        int? stated = totals.Grand ?? (totals.PerSheet.Count > 0 ? totals.PerSheet.Sum(t => t.Minutes) : null);
        if (stated is { } minutes && reading.StatedTotalMinutes is null)
        {
            reading.StatedTotalMinutes = minutes;
            reading.StatedTotalLocation = totals.GrandAt ?? totals.PerSheet[0].At;
        }
        return reading;
    }

    private sealed class Totals
    {
        public int? Grand;
        public ReadLocation? GrandAt;
        public readonly List<(int Minutes, ReadLocation At)> PerSheet = [];
        public readonly HashSet<string> SheetsWithTotal = [];
    }

    private static bool IsSupervision(string sheet) => sheet.Contains("supervision", StringComparison.OrdinalIgnoreCase);

    private static bool IsSummaryName(string sheet) =>
        SummarySheetWords.Any(w => sheet.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] SummarySheetWords = ["summary", "overview", "totals", "dashboard"];

    /// <summary>
    /// Rows that add up, compare or plan rather than record a session: "Total", "Subtotal", "Grand total", "Target 18",
    /// "Required", "Remaining". Matched on the row's first text, the way a reader of the sheet sees it.
    /// </summary>
    [GeneratedRegex(@"^(?:sub-?\s*total|grand\s+total|total|target|required|minimum|remaining|balance|outstanding|still\s+needed|hours\s+(?:needed|required|remaining|to\s+go))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SummaryRowLabel();

    private static Dictionary<int, Column>? FirstHeader(List<(int Row, Dictionary<int, Cell> Cells)> rows) =>
        rows.Select(r => Header(r.Cells)).FirstOrDefault(h => h is not null);

    private static void ReadSheet(string sheet, List<(int Row, Dictionary<int, Cell> Cells)> rows, DocumentReading reading, RecordAssembler assembler,
        Totals totals, bool summary, bool perClientSheet)
    {
        Dictionary<int, Column>? header = null;
        var supervisionSheet = sheet.Contains("supervision", StringComparison.OrdinalIgnoreCase);
        var belowTotal = false;
        var bareDurations = false;
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
            // A second table under the total ("Supervision date | Supervisor | Duration | Type") has its own header.
            if (belowTotal && Header(cells) is { } next)
            {
                (header, belowTotal, bareDurations) = (next, false, false);
                continue;
            }
            // Stryker disable once String : with no text in the row any fallback that the label pattern does not match reads the same as ""
            var firstText = cells.OrderBy(c => c.Key).Select(c => c.Value.Text).FirstOrDefault(t => t.Length > 0) ?? "";
            var durationCells = cells.Where(c => header.TryGetValue(c.Key, out var col) && col.Field == FieldNames.Duration).ToList();
            var label = SummaryRowLabel().Match(firstText);
            if (label.Success || durationCells.Any(c => IsSum(c.Value)))
            {
                var word = label.Success ? label.Value.ToLowerInvariant() : "total";
                var minutes = (int)Math.Round(durationCells.Select(c => Minutes(c.Value, TotalColumn(header[c.Key], bareDurations))).Sum(m => m ?? 0));
                var grand = word.StartsWith("grand", StringComparison.Ordinal) || (summary && word == "total");
                if (grand && minutes > 0 && totals.Grand is null) (totals.Grand, totals.GrandAt) = (minutes, at);
                else if (!grand && word == "total" && !IsSubtotal(durationCells) && minutes > 0 && totals.SheetsWithTotal.Add(sheet))
                    totals.PerSheet.Add((minutes, at));
                belowTotal |= word == "total" || grand;
                continue; // a total, subtotal or target is the learner's arithmetic or aim, never a session
            }
            if (summary) continue; // a summary sheet repeats the hours of the session sheets
            if (belowTotal && !cells.Any(c => header.TryGetValue(c.Key, out var col) && col.Field == FieldNames.SessionDate))
                continue; // notes under the total line carry no date: not sessions
            var draft = new RecordDraft(DocumentKinds.HoursLog, at);
            if (perClientSheet && !header.Values.Any(c => c.Field == FieldNames.ClientRef))
                draft.Set(FieldNames.ClientRef, sheet, at); // one sheet per client: the sheet's name is the client
            var isSupervision = supervisionSheet;
            foreach (var (column, cell) in cells)
            {
                if (!header.TryGetValue(column, out var meaning)) continue;
                // A duration whose formula fails ("#VALUE!") is a session whose hours are unknown: said, never dropped silently.
                if (cell.Error is { } error && meaning.Field == FieldNames.Duration)
                    assembler.Warn(WarningCodes.UnreadableCell, $"the duration shows the spreadsheet error {RecordAssembler.Short(error)}: the session's hours were not counted; check its formula", at);
                if (cell.Text.Length == 0 && cell.Number is null) continue;
                switch (meaning.Field)
                {
                    case FieldNames.Duration:
                        if (cell.Number is not null && !cell.IsTimeFormat && meaning.Hint == DurationUnitHint.None) bareDurations = true;
                        if (cell.Number is < 0)
                            assembler.Warn(WarningCodes.NegativeDuration,
                                $"a negative duration ({cell.Number.Value.ToString("0.##", CultureInfo.InvariantCulture)}) was not counted; check the row", at);
                        else if (Minutes(cell, meaning) is { } minutes)
                        {
                            draft.Set(FieldNames.Duration, $"{minutes.ToString("0.##", CultureInfo.InvariantCulture)} mins", at);
                            if (meaning.Payment is { } pay) draft.Set(FormLabels.Payment, pay, at);
                        }
                        // Stryker disable once Equality : an empty duration set is as good as none (Get and HasContent skip empty values, Set overwrites them)
                        else if (cell.Text.Length > 0) draft.Set(FieldNames.Duration, cell.Text, at, meaning.Hint);
                        break;
                    case FieldNames.SessionDate:
                        draft.Set(FieldNames.SessionDate, DateText(cell), at);
                        break;
                    case FieldNames.StartTime or FieldNames.EndTime:
                        draft.Set(meaning.Field, TimeText(cell), at);
                        if (cell.Number is >= 1 and < MaxOleDate && !draft.Fields.ContainsKey(FieldNames.SessionDate))
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
            if (reading.UnitId is null && UnitInOneCell().Match(cell.Text) is { Success: true } inline)
            {
                reading.UnitId = UnitId(inline.Groups["v"].Value);
                reading.UnitIdSource = "unitId field";
                continue;
            }
            if (cell.Text.Length == 0 || !cells.TryGetValue(column + 1, out var value)) continue;
            var label = FormLabels.Normalise(cell.Text);
            if (label is "unit" or "unit id" && value.Text.Length > 0 && reading.UnitId is null)
            {
                reading.UnitId = UnitId(value.Text);
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

    /// <summary>"Unit: 8580-501 Coaching skills" written in one cell.</summary>
    [GeneratedRegex(@"^\s*unit(?:\s+id)?\s*:\s*(?<v>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitInOneCell();

    /// <summary>A unit id as the catalogue writes them: 8585-301, L5-502, D3.03.</summary>
    [GeneratedRegex(@"\b(?<id>[A-Za-z]?[0-9]{1,4}[-.][0-9]{2,3})\b")]
    private static partial Regex UnitIdPattern();

    /// <summary>"8580-501 Coaching skills" (id and title in one cell) is unit 8580-501; text without an id stays as written.</summary>
    private static string UnitId(string text) =>
        UnitIdPattern().Match(text) is { Success: true } m ? m.Groups["id"].Value.ToUpperInvariant() : text.Trim();

    private static bool IsSubtotal(List<KeyValuePair<int, Cell>> cells) =>
        cells.Any(c => c.Value.Formula is { } f && f.Contains("SUBTOTAL(", StringComparison.OrdinalIgnoreCase));

    /// <summary>Excel's last day (31/12/9999) is OLE date 2,958,465; larger serials are not dates.</summary>
    private const double MaxOleDate = 2_958_466;

    /// <summary>No cell of a log holds more text than this; longer text is cut, never parsed whole.</summary>
    private const int MaxCellChars = 4_000;

    private static Dictionary<int, Column>? Header(Dictionary<int, Cell> cells)
    {
        var map = new Dictionary<int, Column>();
        foreach (var (column, cell) in cells)
        {
            // Stryker disable once Statement : an empty heading normalises to "", which neither ExtraColumns nor FormLabels holds
            if (cell.Text.Length == 0) continue;
            var key = FormLabels.Normalise(cell.Text);
            if (ExtraColumns.TryGetValue(key, out var extra)) map[column] = extra;
            else if (FormLabels.Find(cell.Text) is { Field: { } field } meaning) map[column] = new Column(field, meaning.Hint, null);
        }
        var hasTime = map.Values.Any(c => c.Field is FieldNames.Duration or FieldNames.StartTime);
        var hasWho = map.Values.Any(c => c.Field is FieldNames.ClientRef or FieldNames.SessionDate);
        return hasTime && hasWho ? map : null;
    }

    /// <summary>
    /// A total under a "Duration" heading naming no unit, above sessions that name theirs ("2 hrs"): a bare number is
    /// hours, as the units state their rules; above bare numbers it is read like them.
    /// </summary>
    private static Column TotalColumn(Column column, bool bareDurations) =>
        column.Hint == DurationUnitHint.None && !bareDurations ? column with { Hint = DurationUnitHint.Hours } : column;

    /// <summary>Minutes in a duration cell: a day fraction when formatted as a time, else the column's unit.</summary>
    private static decimal? Minutes(Cell cell, Column column)
    {
        // A number no session or total could be (1e300, from a damaged or hostile cell) is not read: decimal would overflow.
        if (cell.Number is not { } n || n <= 0 || n > 10_000_000) return null;
        if (cell.IsTimeFormat) return Math.Round((decimal)n * 1440m, 2);
        return column.Hint == DurationUnitHint.Minutes ? (decimal)n
            : column.Hint == DurationUnitHint.Hours ? Math.Round((decimal)n * 60m, 2)
            : n < 1 ? Math.Round((decimal)n * 1440m, 2) // an unformatted "0.0625" is Excel's day fraction for 1:30
            : n <= 8 ? Math.Round((decimal)n * 60m, 2) : (decimal)n;
    }

    /// <summary>A SUM/SUBTOTAL formula adds sessions up; "=D3-C3" (end minus start) is one session's own figure.</summary>
    private static bool IsSum(Cell cell) =>
        cell.Formula is { } f && (f.Contains("SUM(", StringComparison.OrdinalIgnoreCase) || f.Contains("SUBTOTAL(", StringComparison.OrdinalIgnoreCase));

    /// <summary>A number under a date heading is an Excel serial date, however the cell is formatted.</summary>
    private static string DateText(Cell cell) =>
        cell.Number is { } n && n > 1 && n < MaxOleDate
            ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(n))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : cell.Text;

    /// <summary>
    /// The time of day in a day fraction, to the minute. 23:59:50 rounds to 24:00, which is no time of day: it is read
    /// as 23:59 (the end of the day) rather than overflowing into the next.
    /// </summary>
    private static string TimeText(Cell cell) =>
        cell.Number is { } n && n >= 0 && n < MaxOleDate
            // Stryker disable once String : TimeOnly's default invariant format is "HH:mm" too
            ? TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Math.Min(1439, Math.Round((n - Math.Floor(n)) * 1440)))).ToString("HH:mm", CultureInfo.InvariantCulture)
            : cell.Text;

    private const int CancellationStride = 256;

    private static List<(int, Dictionary<int, Cell>)> Rows(WorksheetPart part, List<string> strings, HashSet<int> timeStyles,
        CancellationToken cancellation)
    {
        var rows = new List<(int, Dictionary<int, Cell>)>();
        var data = Load(part).Root?.Element(S + "sheetData");
        if (data is null) return rows;
        var rowIndex = 0;
        var seen = 0;
        foreach (var row in data.Elements(S + "row"))
        {
            // Stryker disable once Equality,Update : "!= 0" and "--" only change which rows look at the token (all but every 256th, or every 256th counting down), i.e. how soon a cancelled token is noticed
            if (++seen % CancellationStride == 0) cancellation.ThrowIfCancellationRequested();
            rowIndex = int.TryParse(row.Attribute("r")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowIndex + 1;
            var cells = new Dictionary<int, Cell>();
            var columnIndex = 0;
            foreach (var c in row.Elements(S + "c"))
            {
                columnIndex = c.Attribute("r")?.Value is { } reference ? ColumnOf(reference) : columnIndex + 1;
                var type = c.Attribute("t")?.Value;
                var style = int.TryParse(c.Attribute("s")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
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
                        // NaN and Infinity parse as doubles but are no figure: kept as text, so they read as unreadable.
                        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)) number = d;
                        else text = v ?? "";
                        break;
                }
                // Stryker disable once Equality : cutting a text of exactly MaxCellChars to MaxCellChars leaves it as it is
                if (text.Length > MaxCellChars) text = text[..MaxCellChars];
                var error = type == "e" && v is { Length: > 0 } ? v : null;
                if (text.Length > 0 || number is not null || formula is not null || error is not null)
                    cells[columnIndex] = new Cell(text.Trim(), number, formula, timeStyles.Contains(style), error);
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
            if (column > 16_384) return 16_385; // beyond Excel's last column (XFD): one bucket, never an overflow
        }
        return column;
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part) return [];
        // Stryker disable once NullCoalescing : XDocument.Load refuses a part without a root element, so Root is never null here
        return Load(part).Root?.Elements(S + "si")
            .Select(si => string.Concat(si.Descendants(S + "t").Where(t => t.Parent?.Name != S + "rPh").Select(t => t.Value)))
            .ToList() ?? [];
    }

    /// <summary>
    /// Which cell styles show a time of day or a duration (built-in ids and custom formats). A date, or a date with a
    /// time ("dd/mm/yyyy hh:mm"), is no duration; a number cell's date needs no style to be read (see DateText).
    /// </summary>
    private static HashSet<int> TimeStyles(WorkbookPart workbook)
    {
        var time = new HashSet<int>();
        if (workbook.WorkbookStylesPart is not { } part) return time;
        var root = Load(part).Root;
        var custom = new Dictionary<int, string>();
        foreach (var format in root?.Element(S + "numFmts")?.Elements(S + "numFmt") ?? [])
            if (int.TryParse(format.Attribute("numFmtId")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var formatId))
                // Stryker disable once String : a code with no clock in it is no time format, whichever (a date is no duration either)
                custom.TryAdd(formatId, format.Attribute("formatCode")?.Value ?? "");
        var index = 0;
        foreach (var xf in root?.Element(S + "cellXfs")?.Elements(S + "xf") ?? [])
        {
            var id = int.TryParse(xf.Attribute("numFmtId")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            var code = custom.GetValueOrDefault(id, "").ToLowerInvariant();
            var stripped = new string(code.Where(ch => ch is not ('"' or '\\')).ToArray());
            var isDate = id is >= 14 and <= 17 or 22 || (stripped.Contains('d') || stripped.Contains('y')) && !stripped.StartsWith("[h", StringComparison.Ordinal);
            var isTime = !isDate && (id is >= 18 and <= 21 or >= 45 and <= 47 || stripped.Contains('h') || stripped.Contains("[m") || stripped.Contains("mm:ss"));
            if (isTime) time.Add(index);
            index++;
        }
        return time;
    }

    private static XDocument Load(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XmlSafety.Load(stream);
    }
}
