using System.Text;
using CoachingDocs.Core.Packaging;
using static CoachingDocs.Core.Tests.Packaging.HandWrittenPackage;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// docs/limits.md step 4: [Content_Types].xml says Word or Excel; macro-enabled content types or a vbaProject.bin part
/// make a macro file, refused by default with the right extensions named (.docm / .xlsm), read when allowed.
/// </summary>
public class PackageKindRejectionTests
{
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static readonly UploadLimits ReadMacros = UploadLimits.Default with { MacroEnabled = MacroPolicy.ReadIgnoringMacros };

    private static UploadRejectedException Reject(byte[] bytes, string name) =>
        Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, name));

    private static byte[] Xlsm() => Hostile.HostilePackageTests.Rewrite(Fixtures.Xlsx("Log", "<row r=\"1\"/>"), (name, content) => name != "[Content_Types].xml" ? content
        : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace(ExcelMain, "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)));

    [Fact]
    public void A_zip_without_a_content_list_is_not_an_office_file()
    {
        var ex = Reject(Build((name, xml) => name == "[Content_Types].xml" ? null : xml), "diary.docx");
        Assert.Equal(RejectCodes.NotOffice, ex.Code);
        Assert.StartsWith("diary.docx: is a zip file but not a Word or Excel document", ex.Message);
        Assert.Contains("no [Content_Types].xml", ex.Message);
    }

    [Fact]
    public void A_presentation_is_neither_word_nor_excel()
    {
        var bytes = Build((name, xml) => name == "[Content_Types].xml"
            ? ContentTypes("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "/ppt/presentation.xml") : xml);
        var ex = Reject(bytes, "slides.pptx");
        Assert.Equal(RejectCodes.UnsupportedKind, ex.Code);
        Assert.Contains("neither a Word document nor an Excel workbook", ex.Message);
    }

    [Fact]
    public void A_macro_enabled_word_document_is_named_a_docm()
    {
        var ex = Reject(Build((name, xml) => name == "[Content_Types].xml" ? ContentTypes("application/vnd.ms-word.document.macroEnabled.main+xml") : xml), "diary.docm");
        Assert.Equal(RejectCodes.MacroEnabled, ex.Code);
        Assert.Equal("diary.docm: is macro-enabled (.docm); save a copy as .docx (Word Document) and upload that.", ex.Message);
    }

    [Fact]
    public void A_macro_enabled_workbook_is_named_an_xlsm_and_read_as_a_workbook_when_allowed()
    {
        var ex = Reject(Xlsm(), "hours.xlsm");
        Assert.Equal(RejectCodes.MacroEnabled, ex.Code);
        Assert.Equal("hours.xlsm: is macro-enabled (.xlsm); save a copy as .xlsx (Excel Workbook) and upload that.", ex.Message);

        var package = SafePackageOpener.Open(Xlsm(), "hours.xlsm", ReadMacros);
        Assert.Equal(PackageFormat.Excel, package.Format);
        Assert.True(package.MacroEnabled);
    }

    [Fact]
    public void A_plain_workbook_is_an_excel_package_without_macros()
    {
        var package = SafePackageOpener.Open(Fixtures.Xlsx("Log", "<row r=\"1\"/>"), "hours.xlsx");
        Assert.Equal(PackageFormat.Excel, package.Format);
        Assert.False(package.MacroEnabled);
    }

    [Fact]
    public void A_docx_holding_a_vba_project_part_is_a_macro_file()
    {
        var bytes = Build(extra: ("word/vbaProject.bin", "VBA"));
        var ex = Reject(bytes, "diary.docx");
        Assert.Equal(RejectCodes.MacroEnabled, ex.Code);
        Assert.Contains("(.docm)", ex.Message);

        var package = SafePackageOpener.Open(bytes, "diary.docx", ReadMacros);
        Assert.Equal(PackageFormat.Word, package.Format);
        Assert.True(package.MacroEnabled);
        Assert.False(SafePackageOpener.Open(Build(), "diary.docx").MacroEnabled);
    }
}
