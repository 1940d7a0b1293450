using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoachingDocs.Core.Reports;

/// <summary>
/// One learner's check as a workbook: Summary, Sessions, Rules, Criteria, Findings. Every text cell is an inline
/// string, never a formula, so nothing a learner typed ("=HYPERLINK(...)") can run in the assessor's Excel.
/// </summary>
public static class SummaryWorkbookBuilder
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Build(CheckReport report, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();

        AddSheet(workbook, "Summary", [30, 70],
            [["Figure", "Value"],
             ["Unit", $"{report.Unit.Id} {report.Unit.Title}"],
             ["Checked at", report.CheckedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)],
             ["Files", string.Join(", ", report.Documents.Select(d => d.FileName))],
             ["Total hours", report.Hours.Total],
             ["Total minutes", report.Hours.TotalMinutes],
             ["Individuals", report.Clients],
             ["Sessions", report.Sessions.Count],
             ["Supervision sessions", report.Supervision.Sessions],
             ["Supervision hours", report.Supervision.Hours],
             ["Client feedback forms", report.FeedbackForms],
             ["Reflective log entries", report.ReflectiveLogEntries],
             ["Stated total hours", report.StatedTotalHours],
             ["Plan months", report.PlanMonths],
             .. report.Hours.ByClient.Select(kv => new object?[] { $"Hours with {kv.Key}", kv.Value }),
             ["Outcome", "For the assessor: this check awards neither Pass nor Referral"]]);
        AddSheet(workbook, "Sessions", [10, 14, 14, 10, 10, 12, 12, 60],
            [["Client", "Number", "Date", "Hours", "Minutes", "Reflection", "Feedback", "Location"],
             .. report.Sessions.Select(s => new object?[] { s.Client, s.Number, s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Hours, s.Minutes, s.HasReflection ? "yes" : "no", s.HasFeedback ? "yes" : "no", s.Location })]);
        AddSheet(workbook, "Rules", [24, 12, 12, 18, 80],
            [["Rule", "Figure", "Required", "Status", "Description"], .. report.Rules.Select(r => new object?[] { RuleNames.Name(r.Kind, r.Description), r.Figure, r.Required, ReportDocumentParts.Status(r.Status), r.Description })]);
        AddSheet(workbook, "Criteria", [8, 60, 12, 60, 80],
            [["AC", "Criterion", "Status", "Where", "Excerpt"],
             .. report.Criteria.Select(c => new object?[] { c.Ref, c.Text, c.Status, string.Join("\n", c.Evidence.Take(5).Select(e => e.Location)), c.Evidence.FirstOrDefault()?.Excerpt })]);
        AddSheet(workbook, "Findings", [30, 90, 60],
            [["Code", "Message", "Location"],
             .. report.Findings.Select(f => new object?[] { f.Code, f.Message, f.Location }),
             .. report.Warnings.Select(w => new object?[] { "warning: " + w.Code, w.Message, w.Location })]);
        workbook.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart workbook, string name, double[] widths, IEnumerable<object?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 0;
        foreach (var values in rows)
        {
            r++;
            var row = new Row { RowIndex = r };
            for (var c = 0; c < values.Length; c++)
                if (CellFor(values[c], r, c) is { } cell) row.Append(cell);
            data.Append(row);
        }
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        // Printed landscape, one page wide: an assessor prints this for the file.
        part.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            columns, data,
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbook.GetIdOfPart(part) });
    }

    private static Cell? CellFor(object? value, uint row, int column)
    {
        var reference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
        uint style = row == 1 ? 1u : 2u;
        return value switch
        {
            null => null,
            string s => new Cell(new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style },
            int or decimal or double or uint => new Cell(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!)) { CellReference = reference, DataType = CellValues.Number, StyleIndex = row == 1 ? 1u : 0u },
            _ => new Cell(new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""))) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style },
        };
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    /// <summary>Three cell formats: default, bold header, wrapped text.</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true })
        { Count = 3 });
}
