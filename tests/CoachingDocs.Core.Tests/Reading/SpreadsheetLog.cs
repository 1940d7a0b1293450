using System.Globalization;
using System.Text;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Hand-written SpreadsheetML for the hours-log reader's tests: cells and rows as XML text, zipped by the Open XML SDK
/// into a workbook of one or more sheets, then read through <see cref="ExcelHoursLogReader.Read"/>.
/// </summary>
internal static class SpreadsheetLog
{
    /// <summary>Style 0 general, 1 built-in date (14), 2 built-in h:mm (20), 3 custom [h]:mm.</summary>
    public const string Styles = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
          <numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm"/></numFmts>
          <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="20"/><xf numFmtId="164"/></cellXfs>
        </styleSheet>
        """;

    /// <summary>45728 is 12/03/2025 as an Excel serial.</summary>
    public const int March12 = 45728;

    /// <summary>An inline-string cell.</summary>
    public static string T(string at, string text) =>
        $"<c r=\"{at}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>";

    /// <summary>A number cell, optionally styled and computed by a formula.</summary>
    public static string N(string at, double value, int style = 0, string? formula = null) =>
        $"<c r=\"{at}\" s=\"{style}\">{(formula is null ? "" : $"<f>{formula}</f>")}<v>{value.ToString("R", CultureInfo.InvariantCulture)}</v></c>";

    public static string Row(int r, params string[] cells) => $"<row r=\"{r}\">{string.Concat(cells)}</row>";

    /// <summary>A workbook whose sheets are in the order given; the first sheet alone gets the shared strings' table.</summary>
    public static byte[] Workbook(string? styles, string[]? sharedStrings, params (string Name, string SheetData)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var entries = new StringBuilder();
            var id = 1;
            foreach (var (name, data) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                Write(part, $"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>{data}</sheetData></worksheet>");
                entries.Append($"<sheet name=\"{name}\" sheetId=\"{id++}\" r:id=\"{workbook.GetIdOfPart(part)}\"/>");
            }
            Write(workbook, $"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>{entries}</sheets></workbook>");
            if (sharedStrings is not null)
                Write(workbook.AddNewPart<SharedStringTablePart>(), "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + string.Concat(sharedStrings.Select(s => $"<si><t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(s)}</t></si>")) + "</sst>");
            if (styles is not null) Write(workbook.AddNewPart<WorkbookStylesPart>(), styles);
        }
        return stream.ToArray();
    }

    public static byte[] Workbook(params (string Name, string SheetData)[] sheets) => Workbook(Styles, null, sheets);

    public static DocumentReading Read(byte[] workbook, CancellationToken cancellation = default) =>
        ExcelHoursLogReader.Read(SafePackageOpener.Open(workbook, "log.xlsx"), cancellation);

    /// <summary>One sheet named "Log" with the standard styles.</summary>
    public static DocumentReading ReadSheet(string sheetData) => Read(Workbook(("Log", sheetData)));

    /// <summary>What a user sees of each session: client, date, minutes.</summary>
    public static IEnumerable<(string? Client, string? Date, int? Minutes)> Seen(this DocumentReading reading) =>
        reading.Sessions.Select(s => (s.ClientRef, s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Minutes));

    private static void Write(OpenXmlPart part, string xml)
    {
        using var s = part.GetStream(FileMode.Create);
        s.Write(Encoding.UTF8.GetBytes(xml));
    }
}
