using System.Text;
using CoachingDocs.Core.Packaging;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// A workbook whose relationships hold a URI the package cannot parse still opens (through the SDK's repairing path),
/// read-only like every upload: the user's bytes are never written.
/// </summary>
public class SafePackageExcelTests
{
    [Fact]
    public void A_workbook_with_an_unparsable_hyperlink_opens_read_only()
    {
        var xlsx = Fixtures.Xlsx("Log", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Session</t></is></c></row>");
        var sheet = Entries(xlsx).Single(n => n.StartsWith("xl/worksheets/", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal));
        var rels = sheet[..(sheet.LastIndexOf('/') + 1)] + "_rels/" + sheet[(sheet.LastIndexOf('/') + 1)..] + ".rels";
        var bytes = Hostile.HostilePackageTests.Rewrite(xlsx, (_, content) => content, (rels, Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"http://[bad\" TargetMode=\"External\"/></Relationships>")));

        using var document = SafePackageOpener.Open(bytes, "hours.xlsx").OpenExcel();
        Assert.Single(document.WorkbookPart!.WorksheetParts);
        Assert.Throws<IOException>(() => document.WorkbookPart.WorksheetParts.Single().GetStream(FileMode.Create, FileAccess.Write));
    }

    private static List<string> Entries(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        return [.. archive.Entries.Select(e => e.FullName)];
    }
}
