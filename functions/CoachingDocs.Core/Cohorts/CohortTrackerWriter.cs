using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoachingDocs.Core.Cohorts;

/// <summary>
/// Writes the cohort tracker workbook: a "Tracker" sheet with a row per learner (frozen header, autofilter, the status
/// cell red/amber/green), then a sheet per unit with learners × ACs as a coloured heat map of evidence counts.
/// Text from users (folder names, findings) is written as inline strings, never as formulas.
/// </summary>
public static class CohortTrackerWriter
{
    public static readonly IReadOnlyList<string> TrackerHeaders =
    [
        "Learner", "Unit", "Status", "Ready for assessment", "Hours", "Individuals", "Supervision sessions", "Supervision hours",
        "ACs evidenced", "Rules not met", "Findings", "Finding details",
    ];

    // Style indexes into the stylesheet built below.
    private const uint StyleText = 0, StyleHeader = 1, StyleGreen = 2, StyleAmber = 3, StyleRed = 4, StyleHours = 5, StyleWrap = 6,
        StyleHeat0 = 7, StyleHeat1 = 8, StyleHeat2 = 9, StyleHeat3 = 10;

    public static void Write(IReadOnlyList<TrackerRow> rows, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        // Relationship ids are given, not generated: the SDK's random ids would make every run's bytes differ.
        var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = Stylesheet();
        var sheets = new Sheets();
        var definedNames = new DefinedNames();

        AddSheet(workbookPart, sheets, "Tracker", TrackerSheet(rows));
        var lastRow = rows.Count + 1;
        // Excel keeps the filter range in this hidden name; without it some versions drop the filter buttons.
        definedNames.AppendChild(new DefinedName($"Tracker!$A$1:${Column(TrackerHeaders.Count)}${lastRow}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true });

        foreach (var unit in rows.Where(r => r.UnitId is not null).GroupBy(r => r.UnitId!, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
            AddSheet(workbookPart, sheets, SheetName("Unit " + unit.Key), HeatMapSheet(unit.ToList()));

        workbookPart.Workbook.Append(sheets, definedNames);
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{sheets.ChildElements.Count + 1}");
        part.Worksheet = worksheet;
        sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static Worksheet TrackerSheet(IReadOnlyList<TrackerRow> rows)
    {
        var data = new SheetData();
        data.AppendChild(HeaderRow(1, TrackerHeaders));
        var index = 2u;
        foreach (var row in rows)
        {
            var statusStyle = row.Status switch { TrackerStatus.Green => StyleGreen, TrackerStatus.Amber => StyleAmber, _ => StyleRed };
            var cells = new List<Cell>
            {
                Text(row.Learner),
                Text(row.UnitId ?? ""),
                Text(row.Status.ToString(), statusStyle),
                Text(row.ReadyForAssessment ? "Yes" : "No", statusStyle),
            };
            if (row.Error is null)
                cells.AddRange([
                    Number(row.Hours, StyleHours), Number(row.Individuals), Number(row.SupervisionSessions), Number(row.SupervisionHours, StyleHours),
                    Text($"{row.CriteriaEvidenced} of {row.Criteria.Count}"), Number(row.RulesNotMet), Number(row.Findings.Count),
                    Text(string.Join("\n", row.Findings), StyleWrap),
                ]);
            else
                cells.AddRange([Text(""), Text(""), Text(""), Text(""), Text(""), Text(""), Text(""), Text("Could not be checked: " + row.Error, StyleWrap)]);
            var tracked = RowOf(index++, cells);
            // Viewers do not all grow a row for wrapped text; give one line per finding.
            if (row.Findings.Count > 1 && row.Error is null)
            {
                tracked.Height = 15.0 * Math.Min(row.Findings.Count, 20);
                tracked.CustomHeight = true;
            }
            data.AppendChild(tracked);
        }
        return new Worksheet(
            FrozenView(columns: 0),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Widths([28, 12, 10, 12, 9, 11, 12, 12, 13, 11, 10, 80]),
            data,
            new AutoFilter { Reference = $"A1:{Column(TrackerHeaders.Count)}{Math.Max(1, rows.Count + 1)}" });
    }

    private static Worksheet HeatMapSheet(IReadOnlyList<TrackerRow> rows)
    {
        // ACs in catalogue order as the first learner lists them, plus any another learner has (a different template version).
        var refs = rows.SelectMany(r => r.Criteria.Select(c => c.Ref)).Distinct(StringComparer.Ordinal).ToList();
        var data = new SheetData();
        data.AppendChild(HeaderRow(1, ["Learner", .. refs.Select(r => "AC " + r)]));
        var index = 2u;
        foreach (var row in rows)
        {
            var counts = row.Criteria.ToDictionary(c => c.Ref, c => c.EvidenceCount, StringComparer.Ordinal);
            var cells = new List<Cell> { Text(row.Learner) };
            foreach (var reference in refs)
                cells.Add(row.Error is null && counts.TryGetValue(reference, out var count)
                    ? Number(count, count switch { 0 => StyleHeat0, 1 => StyleHeat1, 2 => StyleHeat2, _ => StyleHeat3 })
                    : Text(""));
            data.AppendChild(RowOf(index++, cells));
        }
        return new Worksheet(
            FrozenView(columns: 1),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Widths([28, .. refs.Select(_ => 8.0)]),
            data);
    }

    private static SheetViews FrozenView(int columns)
    {
        var pane = columns == 0
            ? new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }
            : new Pane { HorizontalSplit = columns, VerticalSplit = 1, TopLeftCell = Column(columns + 1) + "2", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen };
        return new SheetViews(new SheetView(pane, new Selection { Pane = pane.ActivePane!.Value }) { WorkbookViewId = 0 });
    }

    private static Columns Widths(IReadOnlyList<double> widths) =>
        new(widths.Select((w, i) => new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));

    private static Row HeaderRow(uint index, IEnumerable<string> headers) => RowOf(index, headers.Select(h => Text(h, StyleHeader)));

    private static Row RowOf(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 1;
        foreach (var cell in cells)
        {
            cell.CellReference = Column(column++) + index;
            row.AppendChild(cell);
        }
        return row;
    }

    /// <summary>An inline string: whatever the text (even "=HYPERLINK(...)"), Excel shows it as text and never evaluates it.</summary>
    private static Cell Text(string text, uint style = StyleText) => new()
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell Number(decimal value, uint style = StyleText) => new()
    {
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        DataType = CellValues.Number,
        StyleIndex = style,
    };

    // Cells hold at most 32,767 characters, and XML 1.0 cannot carry most control characters at all.
    private static string XmlSafe(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 32_000));
        foreach (var c in text)
        {
            if (builder.Length >= 32_000) break;
            if (c is '\n' or '\t' || (!char.IsControl(c) && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF'))
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Column(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
            name = (char)('A' + (number - 1) % 26) + name;
        return name;
    }

    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? '-' : c).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static Stylesheet Stylesheet()
    {
        static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = "FF" + rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        return new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("D9D9D9"), Solid("C6EFCE"), Solid("FFEB9C"), Solid("FFC7CE"), Solid("E2F0D9"), Solid("A9D08E"), Solid("70AD47")) { Count = 9 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },                                                           // text
                new CellFormat { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true },    // header
                new CellFormat { FontId = 0, FillId = 3, BorderId = 1, ApplyFill = true, ApplyBorder = true },                      // green
                new CellFormat { FontId = 0, FillId = 4, BorderId = 1, ApplyFill = true, ApplyBorder = true },                      // amber
                new CellFormat { FontId = 0, FillId = 5, BorderId = 1, ApplyFill = true, ApplyBorder = true },                      // red
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 2, ApplyNumberFormat = true },              // hours 0.00
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }, // wrapped text
                new CellFormat { FontId = 0, FillId = 5, BorderId = 1, ApplyFill = true, ApplyBorder = true },                      // heat 0: none
                new CellFormat { FontId = 0, FillId = 6, BorderId = 1, ApplyFill = true, ApplyBorder = true },                      // heat 1
                new CellFormat { FontId = 0, FillId = 7, BorderId = 1, ApplyFill = true, ApplyBorder = true },                      // heat 2
                new CellFormat { FontId = 0, FillId = 8, BorderId = 1, ApplyFill = true, ApplyBorder = true }) { Count = 11 });     // heat 3+
    }
}
