using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// Shapes the hours-log workbook for a unit: the cells named <c>_cd1.f.*</c> get the unit's values and the learner
/// markers, always as inline strings (never formulas), and the workbook gets the identity part.
/// </summary>
internal static class WorkbookShaper
{
    public static byte[] Shape(byte[] template, ShapeRequest request, string templateVersion)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The template has no workbook part.");
            var fields = request.SingleFields();
            foreach (var name in workbookPart.Workbook.DefinedNames?.Elements<DefinedName>().ToList() ?? [])
            {
                if (!SpreadsheetNames.TryParseField(name.Name?.Value, out var field) || !fields.TryGetValue(field, out var value)) continue;
                if (CellLocation.Parse(name.Text) is not { } location) continue;
                var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == location.Sheet);
                if (sheet?.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart sheetPart) continue;
                SetText(sheetPart.Worksheet, location.Column, location.Row, value);
                sheetPart.Worksheet.Save();
            }
            IdentityPart.Write(workbookPart, request.Identity(templateVersion));
            CoreProperties.Write(document, request.Title, request.Unit.Id);
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>Sets a cell to an inline string, keeping its style; creates the row or cell in order if missing.</summary>
    internal static void SetText(Worksheet worksheet, string column, uint rowIndex, string text)
    {
        var data = worksheet.GetFirstChild<SheetData>() ?? worksheet.AppendChild(new SheetData());
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex?.Value < rowIndex);
            if (after is null) data.PrependChild(row); else after.InsertAfterSelf(row);
        }
        var reference = column + rowIndex;
        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference);
        var replacement = new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference, DataType = CellValues.InlineString, StyleIndex = cell?.StyleIndex,
        };
        if (cell is not null) { cell.InsertAfterSelf(replacement); cell.Remove(); return; }
        var before = row.Elements<Cell>().FirstOrDefault(c => CellLocation.ColumnNumber(c.CellReference?.Value ?? "") > CellLocation.ColumnNumber(reference));
        if (before is null) row.AppendChild(replacement); else before.InsertBeforeSelf(replacement);
    }
}

/// <summary>A single-cell reference such as <c>'Coaching hours'!$B$2</c>.</summary>
internal sealed record CellLocation(string Sheet, string Column, uint Row)
{
    public static CellLocation? Parse(string? reference)
    {
        if (reference is null) return null;
        var bang = reference.LastIndexOf('!');
        if (bang <= 0) return null;
        var sheet = reference[..bang].Trim('\'').Replace("''", "'");
        var cell = reference[(bang + 1)..].Replace("$", "");
        var letters = new string(cell.TakeWhile(char.IsAsciiLetter).ToArray());
        return letters.Length > 0 && uint.TryParse(cell[letters.Length..], out var row) ? new CellLocation(sheet, letters.ToUpperInvariant(), row) : null;
    }

    public static int ColumnNumber(string reference) =>
        reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => n * 26 + (char.ToUpperInvariant(c) - 'A' + 1));
}
