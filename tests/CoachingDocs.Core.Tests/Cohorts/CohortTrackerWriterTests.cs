using CoachingDocs.Core.Cohorts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace CoachingDocs.Core.Tests.Cohorts;

public class CohortTrackerWriterTests
{
    private static readonly TrackerRow Ready = new()
    {
        Learner = "R001 Ready Learner", UnitId = "8585-302", Hours = 12.5m, Individuals = 2, SupervisionSessions = 2, SupervisionHours = 1.5m,
        Criteria = [new("1.1", 2), new("1.2", 1), new("2.1", 4)],
    };

    private static readonly TrackerRow MissingEvidence = Ready with
    {
        Learner = "=HYPERLINK(\"http://x\",\"click\")", Criteria = [new("1.1", 1), new("1.2", 0), new("2.1", 3)], Findings = ["AC_1.2_NO_EVIDENCE: no evidence found for AC 1.2"],
    };

    private static readonly TrackerRow ShortHours = Ready with { Learner = "R003 Short", Hours = 4, RulesNotMet = 1, Findings = ["HOURS_SHORT: 4 of 12 hours"] };

    private static readonly TrackerRow Unreadable = new() { Learner = "R004 Damaged\u0001", UnitId = null, Error = "diary.docx is not a Word document" };

    private static readonly TrackerRow OtherUnit = Ready with { Learner = "R005 Other", UnitId = "8585-303", Criteria = [new("1.1", 0), new("3.1", 1)] };

    private static SpreadsheetDocument Write(out MemoryStream stream)
    {
        stream = new MemoryStream();
        CohortTrackerWriter.Write([Ready, MissingEvidence, ShortHours, Unreadable, OtherUnit], stream);
        stream.Position = 0;
        return SpreadsheetDocument.Open(stream, false);
    }

    private static string CellText(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    [Fact]
    public void The_workbook_is_valid_and_has_a_tracker_and_a_sheet_per_unit()
    {
        using var document = Write(out _);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal(["Tracker", "Unit 8585-302", "Unit 8585-303"], document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void The_tracker_has_a_row_per_learner_a_frozen_header_a_filter_and_red_amber_green()
    {
        using var document = Write(out _);
        var sheet = Sheet(document, "Tracker");
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal(CohortTrackerWriter.TrackerHeaders, rows[0].Elements<Cell>().Select(CellText));

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1.0, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        Assert.Equal("A1:L6", sheet.Descendants<AutoFilter>().Single().Reference!.Value);

        var statuses = rows.Skip(1).Select(r => CellText(r.Elements<Cell>().ElementAt(2))).ToList();
        Assert.Equal(["Green", "Amber", "Red", "Red", "Amber"], statuses);
        var fills = rows.Skip(1).Select(r => FillColour(document, r.Elements<Cell>().ElementAt(2))).ToList();
        Assert.Equal(["FFC6EFCE", "FFFFEB9C", "FFFFC7CE", "FFFFC7CE", "FFFFEB9C"], fills);
        Assert.Equal(["Yes", "No", "No", "No", "No"], rows.Skip(1).Select(r => CellText(r.Elements<Cell>().ElementAt(3))));

        var ready = rows[1].Elements<Cell>().Select(CellText).ToList();
        Assert.Equal(["R001 Ready Learner", "8585-302", "Green", "Yes", "12.5", "2", "2", "1.5", "3 of 3", "0", "0", ""], ready);
        Assert.Equal("2 of 3", CellText(rows[2].Elements<Cell>().ElementAt(8)));
        Assert.StartsWith("Could not be checked: diary.docx", CellText(rows[4].Elements<Cell>().Last()));
    }

    [Fact]
    public void User_text_is_never_a_formula_and_control_characters_are_dropped()
    {
        using var document = Write(out _);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var cells = Sheet(document, "Tracker").Descendants<Cell>().ToList();
        var formulaLike = cells.Single(c => CellText(c).StartsWith("=HYPERLINK"));
        Assert.Equal(CellValues.InlineString, formulaLike.DataType!.Value);
        Assert.Contains(cells, c => CellText(c) == "R004 Damaged");
    }

    [Fact]
    public void Each_unit_sheet_is_a_learners_by_acs_heat_map()
    {
        using var document = Write(out _);
        var sheet = Sheet(document, "Unit 8585-302");
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(["Learner", "AC 1.1", "AC 1.2", "AC 2.1"], rows[0].Elements<Cell>().Select(CellText));
        Assert.Equal(["R001 Ready Learner", "2", "1", "4"], rows[1].Elements<Cell>().Select(CellText));
        Assert.Equal(["FFFFC7CE", "FFE2F0D9", "FF70AD47"], new[] { (2, 2), (1, 2), (1, 3) }.Select(p => FillColour(document, rows[p.Item1].Elements<Cell>().ElementAt(p.Item2))));
        Assert.Equal(4, rows.Count); // the 8585-303 learner and the unreadable one are not on this unit's sheet
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((1.0, 1.0, "B2"), (pane.HorizontalSplit!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
    }

    private static string FillColour(SpreadsheetDocument document, Cell cell)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value);
        return fill.PatternFill!.ForegroundColor?.Rgb?.Value ?? "none";
    }
}
