using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Core.Tests;

/// <summary>Numbered fixture files (Assets/RDnnn-*) and builders for hand-written WordprocessingML / SpreadsheetML.</summary>
internal static class Fixtures
{
    public const string NpmDocxFreeFormat = "RD010-NpmDocxFreeFormat.docx";
    public const string LibreOfficeIlmLayout = "RD020-LibreOfficeIlmLayout.docx";
    public const string Word97 = "RD021-Word97.doc";

    public const string WNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Asset(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Assets", name));

    public static UploadedFile Upload(string name, byte[] bytes) => new(name, new MemoryStream(bytes, writable: false));

    /// <summary>Hand-written XML: a .docx whose body is the given WordprocessingML string (no SDK DOM; the SDK only makes the package).</summary>
    public static byte[] Docx(string bodyXml, string? identityUnit = null, string identityKind = "coaching-diary")
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var xml = $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="{WNs}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
                  xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">
                <w:body>{bodyXml}<w:sectPr/></w:body></w:document>
                """;
            using (var part = main.GetStream(FileMode.Create))
            {
                var bytes = Encoding.UTF8.GetBytes(xml);
                part.Write(bytes);
            }
            if (identityUnit is not null)
            {
                var custom = main.AddCustomXmlPart(CustomXmlPartType.CustomXml);
                using var part = custom.GetStream(FileMode.Create);
                part.Write(Encoding.UTF8.GetBytes(
                    $"<identity xmlns=\"urn:coachingdocs:identity:1\"><kind>{identityKind}</kind><qualification>8585-cert</qualification><unit>{identityUnit}</unit><learnerRef>REG123</learnerRef><templateVersion>1</templateVersion></identity>"));
            }
        }
        return stream.ToArray();
    }

    public static string P(string text, string? style = null) =>
        $"<w:p>{(style is null ? "" : $"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>")}<w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    public static string Cell(string text, string? tcPr = null) => $"<w:tc>{(tcPr is null ? "" : $"<w:tcPr>{tcPr}</w:tcPr>")}{P(text)}</w:tc>";

    public static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells.Select(c => c.StartsWith("<w:", StringComparison.Ordinal) ? c : Cell(c))) + "</w:tr>";

    public static string Table(params string[] rows) => "<w:tbl><w:tblPr/>" + string.Concat(rows) + "</w:tbl>";

    /// <summary>Tagged content control (block level) around inner block content.</summary>
    public static string Sdt(string tag, string inner, bool placeholder = false) =>
        $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/>{(placeholder ? "<w:showingPlcHdr/>" : "")}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>";

    /// <summary>A zip with the given entries (name, content), for packages no Office program would write.</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>An .xlsx from hand-written SpreadsheetML: one sheet, optional shared strings and cell styles.</summary>
    public static byte[] Xlsx(string sheetName, string sheetDataXml, string[]? sharedStrings = null, string? stylesXml = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            Write(sheet, $"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>{sheetDataXml}</sheetData></worksheet>");
            Write(workbook, $"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"{sheetName}\" sheetId=\"1\" r:id=\"{workbook.GetIdOfPart(sheet)}\"/></sheets></workbook>");
            if (sharedStrings is not null)
            {
                var sst = workbook.AddNewPart<SharedStringTablePart>();
                Write(sst, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + string.Concat(sharedStrings.Select(s => $"<si><t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(s)}</t></si>")) + "</sst>");
            }
            if (stylesXml is not null) Write(workbook.AddNewPart<WorkbookStylesPart>(), stylesXml);
        }
        return stream.ToArray();
    }

    private static void Write(OpenXmlPart part, string xml)
    {
        using var s = part.GetStream(FileMode.Create);
        s.Write(Encoding.UTF8.GetBytes(xml));
    }
}
