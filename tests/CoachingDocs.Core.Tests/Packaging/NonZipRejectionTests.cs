using System.Text;
using CoachingDocs.Core.Packaging;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// docs/limits.md steps 1-2: size first (0 bytes, over the limit), then the signature. A .docx/.xlsx is a zip whose
/// first four bytes are a zip record signature (PK 03 04, or PK 05 06 for an empty zip); anything else is named.
/// </summary>
public class NonZipRejectionTests
{
    private static UploadRejectedException Reject(byte[] bytes, string name = "diary.docx", UploadLimits? limits = null) =>
        Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, name, limits));

    private const int Megabyte = 1024 * 1024;
    private static readonly UploadLimits TwoMegabytes = UploadLimits.Default with { MaxUploadBytes = 2 * Megabyte };

    [Fact]
    public void An_empty_upload_says_it_is_empty()
    {
        var ex = Reject([]);
        Assert.Equal(RejectCodes.Empty, ex.Code);
        Assert.Equal("diary.docx: is empty (0 bytes).", ex.Message);
    }

    [Fact]
    public void An_upload_exactly_at_the_size_limit_is_not_refused_for_its_size()
    {
        // Not a zip, so refused as such: the size check let it through.
        Assert.Equal(RejectCodes.NotZip, Reject(new byte[2 * Megabyte], limits: TwoMegabytes).Code);
        var streamed = Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(new MemoryStream(new byte[2 * Megabyte]), "diary.docx", TwoMegabytes));
        Assert.Equal(RejectCodes.NotZip, streamed.Code);
    }

    [Fact]
    public void One_byte_over_the_size_limit_is_refused_naming_the_limit()
    {
        var ex = Reject(new byte[2 * Megabyte + 1], limits: TwoMegabytes);
        Assert.Equal(RejectCodes.TooLarge, ex.Code);
        Assert.Contains("larger than the 2 MB limit", ex.Message);

        var streamed = Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(new MemoryStream(new byte[2 * Megabyte + 1]), "diary.docx", TwoMegabytes));
        Assert.Equal(RejectCodes.TooLarge, streamed.Code);
        Assert.Contains("larger than the 2 MB limit", streamed.Message);
    }

    [Fact]
    public void An_oversized_upload_says_how_big_it_is()
    {
        var ex = Reject(new byte[3 * Megabyte], limits: TwoMegabytes);
        Assert.StartsWith("diary.docx: is 3 MB, larger than the 2 MB limit", ex.Message);
    }

    [Theory]
    [InlineData("<html><body><p>Session 1</p></body></html>")]
    [InlineData("\uFEFF<?xml version=\"1.0\"?><w:document/>")]
    public void Html_or_xml_saved_as_docx_is_named(string text)
    {
        var ex = Reject(Encoding.UTF8.GetBytes(text));
        Assert.Equal(RejectCodes.NotZip, ex.Code);
        Assert.Equal("diary.docx: is an HTML or XML file (not a .docx/.xlsx zip package); save it as .docx or .xlsx and upload that.", ex.Message);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 1, 2, 0, 0, 0, 0, 0 })] // a central directory record, not a file's first record
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 3, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'P', (byte)'X', 3, 4, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'X', (byte)'K', 3, 4, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'Z', (byte)'Z', 9, 9, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3 })]
    public void A_file_that_shares_only_part_of_the_zip_signature_is_not_a_zip(byte[] bytes)
    {
        var ex = Reject(bytes);
        Assert.Equal(RejectCodes.NotZip, ex.Code);
        Assert.Contains("is not a Word or Excel file", ex.Message);
    }

    [Fact]
    public void The_four_byte_zip_signature_alone_is_a_zip_that_stops_short()
    {
        var ex = Reject("PK\u0003\u0004"u8.ToArray());
        Assert.Equal(RejectCodes.Truncated, ex.Code);
        Assert.Contains("damaged or incomplete", ex.Message);
    }
}
