using CoachingDocs.Core.Packaging;
using static CoachingDocs.Core.Tests.Packaging.SafePackageOpenerTests;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// docs/limits.md step 2: an OLE compound file (D0 CF 11 E0) is read just far enough to say "password-protected",
/// "Word 97 .doc" or "Excel 97 .xls", each with what to do; any other compound file is an old-style Office file.
/// </summary>
public class CompoundFileRejectionTests
{
    private static UploadRejectedException Reject(byte[] bytes, string name) =>
        Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, name));

    [Theory]
    [InlineData("EncryptionInfo")]
    [InlineData("EncryptedPackage")]
    public void Either_encryption_stream_alone_says_password_protected(string stream)
    {
        var ex = Reject(CompoundFile(stream), "diary.docx");
        Assert.Equal(RejectCodes.Encrypted, ex.Code);
        Assert.StartsWith("diary.docx: ", ex.Message);
        Assert.Contains("password-protected", ex.Message);
    }

    [Theory]
    [InlineData("Workbook")] // Excel 97-2003
    [InlineData("Book")] // Excel 5/95
    public void An_old_excel_workbook_is_named_as_an_xls_with_what_to_do(string stream)
    {
        var ex = Reject(CompoundFile("\u0005SummaryInformation", stream), "hours.xls");
        Assert.Equal(RejectCodes.LegacyOffice, ex.Code);
        Assert.StartsWith("hours.xls: ", ex.Message);
        Assert.Contains("Excel 97-2003 .xls", ex.Message);
        Assert.Contains("save it as .xlsx", ex.Message);
    }

    [Fact]
    public void A_name_in_the_last_directory_entry_of_the_file_is_found()
    {
        // Root entry + three streams fill the 512-byte directory sector, which ends the file.
        var bytes = CompoundFile("\u0005SummaryInformation", "\u0005DocumentSummaryInformation", "Workbook");
        Assert.Equal(1024, bytes.Length);
        Assert.Contains("Excel 97-2003 .xls", Reject(bytes, "hours.xls").Message);
    }

    [Fact]
    public void Any_other_compound_file_is_an_old_style_office_file()
    {
        var ex = Reject(CompoundFile("PowerPoint Document", "Current User"), "slides.docx");
        Assert.Equal(RejectCodes.LegacyOffice, ex.Code);
        Assert.Contains("old-style Office file", ex.Message);
        Assert.Contains("save it as .docx or .xlsx", ex.Message);
    }

    [Fact]
    public void The_eight_byte_signature_alone_is_a_compound_file()
    {
        var ex = Reject(CompoundFileInspector.Signature.ToArray(), "diary.docx");
        Assert.Equal(RejectCodes.LegacyOffice, ex.Code);
        Assert.Equal(RejectCodes.NotZip, Reject(CompoundFileInspector.Signature[..7], "diary.docx").Code);
    }
}
