using CoachingDocs.Core.Roster;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoachingDocs.Core.Tests.Roster;

public class RosterReaderXlsxTests
{
    [Fact]
    public void Shared_inline_and_numeric_cells_sparse_rows_and_date_serials_are_read()
    {
        var xlsx = Workbook(
            (1, [("A", "Learner name", true), ("B", "Registration number", false), ("C", "Centre name", true), ("D", "Centre number", true), ("E", "Qualification", true), ("F", "Start date", true), ("G", "Units", true)]),
            (3, [("A", "Jane Smith", true), ("B", "ILM42", false), ("C", "North", true), ("D", "123", null), ("E", "8585-L3-CERT", true), ("F", "45730", null), ("G", "303", true)]),
            // Row 4 has no centre (the cell is simply absent, as Excel writes it).
            (4, [("A", "No Centre", true), ("B", "ILM43", false), ("D", "123", null), ("E", "8585-L3-CERT", true)]));

        var result = RosterReader.Read(xlsx, TestCatalogue.Create());

        var entry = Assert.Single(result.Learners);
        Assert.Equal(3, entry.Row);
        Assert.Equal("Jane Smith", entry.Learner.Name);
        Assert.Equal("ILM42", entry.Learner.RegistrationNumber);
        Assert.Equal("123", entry.Learner.CentreNumber);
        Assert.Equal(new DateOnly(2025, 3, 14), entry.Learner.StartDate);
        Assert.Equal(["8585-303"], entry.Units);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, RosterColumns.CentreName, "is required"), (problem.Row, problem.Column, problem.Message));
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused_clearly()
    {
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, true))
            zip.CreateEntry("hello.txt");
        stream.Position = 0;
        var ex = Assert.Throws<RosterFormatException>(() => RosterReader.Read(stream, TestCatalogue.Create()));
        Assert.Contains("not an Excel workbook", ex.Message);
    }

    /// <summary>A workbook built with the SDK: true = shared string, false = inline string, null = number.</summary>
    private static MemoryStream Workbook(params (uint Row, (string Col, string Text, bool? Shared)[] Cells)[] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (rowIndex, cells) in rows)
            {
                var row = new Row { RowIndex = rowIndex };
                foreach (var (col, text, shared) in cells)
                {
                    var cell = new Cell { CellReference = col + rowIndex };
                    if (shared == true)
                    {
                        strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
                        cell.DataType = CellValues.SharedString;
                        cell.CellValue = new CellValue((strings.SharedStringTable.ChildElements.Count - 1).ToString());
                    }
                    else if (shared == false)
                    {
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(new Text(text));
                    }
                    else
                        cell.CellValue = new CellValue(text);
                    row.AppendChild(cell);
                }
                data.AppendChild(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Roster" }));
        }
        stream.Position = 0;
        return stream;
    }
}
