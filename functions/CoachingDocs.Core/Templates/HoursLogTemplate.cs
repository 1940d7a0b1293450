using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using F = CoachingDocs.Core.OpenXml.FieldNames;

namespace CoachingDocs.Core.Templates;

/// <summary>
/// The coaching-hours log workbook: one row a session, a frozen header, validated dates, times, hours and choices, and
/// one SUM total (our formula). Every text cell is an inline string and user columns are formatted as text, so nothing
/// a user or the generator writes is ever taken as a formula.
/// </summary>
internal static class HoursLogTemplate
{
    private const uint Title = 1, LabelStyle = 2, Header = 3, TextCell = 4, DateCell = 5, TimeCell = 6, HoursCell = 7, Total = 8, ValueCell = 9;

    public static void Write(Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
        workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();

        var rows = new List<Row>
        {
            Row(1, Text("A", FormTitles.Of(Catalogue.DocumentKinds.HoursLog), Title)),
            Row(2, Text("A", "Learner Name", LabelStyle), Text("B", "", ValueCell), Text("D", "Centre Name", LabelStyle), Text("E", "", ValueCell)),
            Row(3, Text("A", "Learner Registration No.", LabelStyle), Text("B", "", ValueCell), Text("D", "Centre Number", LabelStyle), Text("E", "", ValueCell)),
            Row(4, Text("A", "Unit", LabelStyle), Text("B", "", ValueCell), Text("D", "Unit title", LabelStyle), Text("E", "", ValueCell)),
            Row(5, Text("A", "Total hours", LabelStyle), new Cell
            {
                CellReference = "B5", StyleIndex = Total,
                CellFormula = new CellFormula($"SUM(E{HoursLogLayout.FirstDataRow}:E{HoursLogLayout.LastDataRow})"),
            }),
        };
        rows.Add(Row(HoursLogLayout.HeaderRow, HoursLogLayout.Columns.Select((c, i) => Text(Column(i), c, Header)).ToArray()));
        uint[] columnStyles = [TextCell, DateCell, TimeCell, TimeCell, HoursCell, TextCell, TextCell, TextCell];

        sheetPart.Worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = HoursLogLayout.HeaderRow, TopLeftCell = $"A{HoursLogLayout.FirstDataRow}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{HoursLogLayout.FirstDataRow}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{HoursLogLayout.FirstDataRow}" } })
            { WorkbookViewId = 0U, TabSelected = true }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            new Columns(new[] { 24D, 16D, 11D, 16D, 16D, 16D, 18D, 40D }.Select((w, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true, Style = columnStyles[i],
            })),
            new SheetData(rows),
            DataValidations(),
            new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9U, FitToWidth = 1U, FitToHeight = 0U });

        var sheetName = HoursLogLayout.SheetName;
        workbookPart.Workbook = new Workbook(
            new Sheets(new Sheet { Name = sheetName, SheetId = 1U, Id = "rIdSheet1" }),
            new DefinedNames(
                Name(F.LearnerName, "B2"), Name(F.CentreName, "E2"), Name(F.RegistrationNumber, "B3"),
                Name(F.CentreNumber, "E3"), Name(F.UnitId, "B4"), Name(F.UnitTitle, "E4"), Name(F.TotalHours, "B5")),
            new CalculationProperties { CalculationId = 191029U, FullCalculationOnLoad = true });

        CoreProperties.Write(document, FormTitles.Of(Catalogue.DocumentKinds.HoursLog), null);

        DefinedName Name(string field, string cell) =>
            new($"'{sheetName}'!${cell[..1]}${cell[1..]}") { Name = SpreadsheetNames.Field(field) };
    }

    private static DataValidations DataValidations()
    {
        string Range(string column) => $"{column}{HoursLogLayout.FirstDataRow}:{column}{HoursLogLayout.LastDataRow}";
        DataValidation Validation(string column, DataValidationValues type, string formula1, string? formula2, string title, string message)
        {
            var validation = new DataValidation
            {
                Type = type, AllowBlank = true, ShowErrorMessage = true, ShowInputMessage = true,
                ErrorTitle = title, Error = message, PromptTitle = title, Prompt = message,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = Range(column) },
            };
            if (type != DataValidationValues.List) validation.Operator = DataValidationOperatorValues.Between;
            validation.AppendChild(new Formula1(formula1));
            if (formula2 is not null) validation.AppendChild(new Formula2(formula2));
            return validation;
        }

        var validations = new[]
        {
            Validation("B", DataValidationValues.Date, "36526", "73051", "Date of Session", "A date such as 14/05/2025."),
            Validation("C", DataValidationValues.Time, "0", "0.999988425925926", "Start time", "A time such as 09:30."),
            Validation("D", DataValidationValues.Time, "0", "0.999988425925926", "End time", "A time such as 10:45."),
            Validation("E", DataValidationValues.Decimal, "0", "24", "Duration (hours)", "Hours as a number, such as 1.5 for 90 minutes."),
            Validation("F", DataValidationValues.List, $"\"{string.Join(',', HoursLogLayout.PaidChoices)}\"", null, "Paid / Pro bono", "Choose Paid or Pro bono."),
            Validation("G", DataValidationValues.List, $"\"{string.Join(',', HoursLogLayout.GroupChoices)}\"", null, "Individual / Group", "Choose Individual or Group."),
        };
        return new DataValidations(validations) { Count = (uint)validations.Length };
    }

    private static string Column(int index) => ((char)('A' + index)).ToString();

    /// <summary>A row; each cell's reference is its column letter, completed here with the row number.</summary>
    private static Row Row(uint index, params Cell[] cells)
    {
        foreach (var cell in cells) cell.CellReference = cell.CellReference!.Value!.TrimEnd("0123456789".ToCharArray()) + index;
        return new Row(cells) { RowIndex = index };
    }

    /// <summary>An inline-string cell: text is stored as text, never parsed as a formula or number.</summary>
    internal static Cell Text(string column, string text, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = column, DataType = CellValues.InlineString, StyleIndex = style,
    };

    private static Stylesheet Styles()
    {
        var border = new Border(
            new LeftBorder(new Color { Rgb = "FF8EAADB" }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Rgb = "FF8EAADB" }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Rgb = "FF8EAADB" }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Rgb = "FF8EAADB" }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        CellFormat Format(uint font, uint fill, uint borderId, uint numberFormat, bool wrap = false)
        {
            var format = new CellFormat { FontId = font, FillId = fill, BorderId = borderId, NumberFormatId = numberFormat, FormatId = 0U };
            if (font != 0) format.ApplyFont = true;
            if (fill != 0) format.ApplyFill = true;
            if (borderId != 0) format.ApplyBorder = true;
            if (numberFormat != 0) format.ApplyNumberFormat = true;
            if (wrap) { format.ApplyAlignment = true; format.AppendChild(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }); }
            return format;
        }
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164U, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = 165U, FormatCode = "hh:mm" },
                new NumberingFormat { NumberFormatId = 166U, FormatCode = "0.00" }) { Count = 3U },
            new Fonts(
                new Font(new FontSize { Val = 10D }, new FontName { Val = "Arial" }),
                new Font(new Bold(), new FontSize { Val = 10D }, new FontName { Val = "Arial" }),
                new Font(new Bold(), new FontSize { Val = 14D }, new Color { Rgb = "FF1F3864" }, new FontName { Val = "Arial" })) { Count = 3U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDCE6F0" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid })) { Count = 3U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), border) { Count = 2U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                Format(0, 0, 0, 0),
                Format(2, 0, 0, 0),          // title
                Format(1, 2, 1, 0),          // label
                Format(1, 2, 1, 0, wrap: true), // column header
                Format(0, 0, 1, 49),         // text ("@"): typed "=..." stays text
                Format(0, 0, 1, 164),        // date
                Format(0, 0, 1, 165),        // time
                Format(0, 0, 1, 166),        // hours
                Format(1, 0, 1, 166),        // total
                Format(0, 0, 1, 49)) { Count = 10U }, // header value
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }
}
