using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>Every bad input of issue 3 gets its own REJECT_* code and a message that says what to do.</summary>
public class SafePackageOpenerTests
{
    private static UploadRejectedException Reject(byte[] bytes, string name = "upload.docx", UploadLimits? limits = null) =>
        Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, name, limits));

    private static byte[] GoodDocx => Asset(LibreOfficeIlmLayout);

    [Fact]
    public void Not_a_zip()
    {
        var ex = Reject(Encoding.UTF8.GetBytes("Session 1 — 12/03/2025 — 1 hour"), "diary.docx");
        Assert.Equal(RejectCodes.NotZip, ex.Code);
        Assert.Equal("diary.docx: is not a Word or Excel file (not a .docx/.xlsx zip package); save it as .docx or .xlsx and upload that.", ex.Message);
        Assert.Equal(RejectCodes.NotZip, Reject(Encoding.UTF8.GetBytes("{\\rtf1\\ansi hello}")).Code);
        Assert.Contains("an RTF file", Reject(Encoding.UTF8.GetBytes("{\\rtf1\\ansi hello}")).Message);
    }

    [Fact]
    public void Truncated_zip()
    {
        var ex = Reject(GoodDocx[..(GoodDocx.Length / 2)]);
        Assert.Equal(RejectCodes.Truncated, ex.Code);
        Assert.Contains("damaged or incomplete", ex.Message);
    }

    [Fact]
    public void Pdf_renamed_docx()
    {
        var ex = Reject(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "diary.docx");
        Assert.Equal(RejectCodes.Pdf, ex.Code);
        Assert.Contains("is a PDF", ex.Message);
    }

    [Fact]
    public void Encrypted_office_file()
    {
        var ex = Reject(CompoundFile("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"), "diary.docx");
        Assert.Equal(RejectCodes.Encrypted, ex.Code);
        Assert.Contains("password-protected", ex.Message);
    }

    [Fact]
    public void Word_97_doc_written_by_LibreOffice()
    {
        var ex = Reject(Asset(Word97), "diary.doc");
        Assert.Equal(RejectCodes.LegacyWord, ex.Code);
        Assert.Contains("save as .docx", ex.Message);
    }

    [Fact]
    public void Macro_enabled_docm_is_refused_by_default_and_read_without_macros_when_allowed()
    {
        var docm = MacroEnabled(GoodDocx);
        var ex = Reject(docm, "diary.docm");
        Assert.Equal(RejectCodes.MacroEnabled, ex.Code);
        Assert.Contains("save a copy as .docx", ex.Message);

        var package = SafePackageOpener.Open(docm, "diary.docm", UploadLimits.Default with { MacroEnabled = MacroPolicy.ReadIgnoringMacros });
        Assert.True(package.MacroEnabled);
        var reading = WordDocumentReader.Read(package, ["8585-302"]);
        Assert.Equal(750, reading.Sessions.Sum(s => s.Minutes));
        Assert.Contains(reading.Warnings, w => w.Code == WarningCodes.MacrosIgnored);
    }

    [Fact]
    public void Zip_bomb()
    {
        var bomb = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("word/document.xml", new byte[20 * 1024 * 1024]));
        Assert.True(bomb.Length < 100 * 1024);
        var ex = Reject(bomb);
        Assert.Equal(RejectCodes.ZipBomb, ex.Code);
        Assert.Contains("zip bomb", ex.Message);
    }

    [Fact]
    public void Zip_bomb_that_lies_about_its_sizes_is_caught_while_inflating()
    {
        // Entries within the ratio but together past a (here small) total limit: counted as they inflate.
        var limits = UploadLimits.Default with { MaxInflatedBytes = 2 * 1024 * 1024, MaxCompressionRatio = 100_000 };
        var bomb = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("a.bin", new byte[1500 * 1024]), ("b.bin", new byte[1500 * 1024]));
        Assert.Equal(RejectCodes.ZipBomb, Reject(bomb, limits: limits).Code);
    }

    [Fact]
    public void Ten_thousand_tiny_entries()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = zip.CreateEntry("[Content_Types].xml").Open()) w.Write(Encoding.UTF8.GetBytes(ContentTypes));
            for (var i = 0; i < 10_000; i++) zip.CreateEntry($"word/media/x{i}.bin", CompressionLevel.NoCompression);
        }
        var ex = Reject(stream.ToArray());
        Assert.Equal(RejectCodes.TooManyEntries, ex.Code);
        Assert.Contains("10,001 parts", ex.Message);
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("docProps/core.xml")]
    [InlineData("[Content_Types].xml")]
    public void Xml_with_a_dtd_or_external_entity_in_any_part(string part)
    {
        const string dtd = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        var bytes = Rewrite(GoodDocx, part, xml => dtd + xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..]);
        var ex = Reject(bytes);
        Assert.Equal(RejectCodes.Dtd, ex.Code);
        Assert.Contains(part, ex.Message);
    }

    [Fact]
    public void Xml_that_is_not_well_formed()
    {
        var bytes = Rewrite(GoodDocx, "word/document.xml", xml => "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body><w:p></w:body>");
        var ex = Assert.Throws<UploadRejectedException>(() => CheckRunner.Run(TestCatalogue.Instance, [Upload("broken.docx", bytes)], "8585-302"));
        Assert.Equal(RejectCodes.Malformed, ex.Code);
        Assert.StartsWith("broken.docx: ", ex.Message);
    }

    [Fact]
    public void Sixty_megabyte_upload_is_refused_without_reading_it_all()
    {
        var stream = new CountingZeroStream(60L * 1024 * 1024);
        var ex = Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(stream, "big.docx"));
        Assert.Equal(RejectCodes.TooLarge, ex.Code);
        Assert.Contains("50 MB limit", ex.Message);
        Assert.True(stream.BytesRead < 51L * 1024 * 1024);
        Assert.Equal(RejectCodes.TooLarge, Reject(new byte[60 * 1024 * 1024]).Code);
    }

    [Fact]
    public void Empty_upload_and_a_zip_that_is_not_office()
    {
        Assert.Equal(RejectCodes.Empty, Reject([]).Code);
        Assert.Equal(RejectCodes.NotOffice, Reject(Zip(("notes.txt", "hello"u8.ToArray()))).Code);
    }

    [Fact]
    public void A_damaged_part_is_refused_as_damaged()
    {
        var bytes = (byte[])GoodDocx.Clone();
        var index = FindEntryData(bytes, "word/document.xml");
        for (var i = 0; i < 40; i++) bytes[index + i] ^= 0x5A;
        Assert.Contains(Reject(bytes).Code, new[] { RejectCodes.Truncated, RejectCodes.Malformed });
    }

    [Fact]
    public void The_input_is_never_changed()
    {
        var bytes = GoodDocx;
        var before = SHA256.HashData(bytes);
        var report = CheckRunner.Run(TestCatalogue.Instance, [Upload(LibreOfficeIlmLayout, bytes)], "8585-302");
        Assert.Equal(750, report.Hours.TotalMinutes);
        Assert.Equal(before, SHA256.HashData(bytes));
    }

    [Fact]
    public void Path_parts_of_file_names_are_dropped()
    {
        Assert.Equal("diary.docx", CheckRunner.SafeName("C:\\Users\\jane\\diary.docx"));
        Assert.Equal("diary.docx", CheckRunner.SafeName("../../etc/diary.docx"));
        Assert.Equal("upload", CheckRunner.SafeName("\u0001"));
    }

    private const string ContentTypes =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    /// <summary>An OLE compound file header and one directory sector holding the given stream names, as Office lays them out.</summary>
    internal static byte[] CompoundFile(params string[] names)
    {
        var bytes = new byte[512 + 512];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        bytes[0x1A] = 0x3E; bytes[0x1C] = 0xFE; bytes[0x1D] = 0xFF; bytes[0x1E] = 9; bytes[0x20] = 6;
        var entries = new[] { "Root Entry" }.Concat(names).ToArray();
        for (var i = 0; i < entries.Length && i < 4; i++)
        {
            var at = 512 + i * 128;
            var name = Encoding.Unicode.GetBytes(entries[i]);
            name.CopyTo(bytes, at);
            BitConverter.GetBytes((ushort)(name.Length + 2)).CopyTo(bytes, at + 64);
            bytes[at + 66] = (byte)(i == 0 ? 5 : 2);
        }
        return bytes;
    }

    private static byte[] MacroEnabled(byte[] docx)
    {
        var rewritten = Rewrite(docx, "[Content_Types].xml", xml => xml.Replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal));
        using var stream = new MemoryStream();
        stream.Write(rewritten);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        using (var entry = zip.CreateEntry("word/vbaProject.bin").Open())
            entry.Write(CompoundFile("VBA", "PROJECT"));
        return stream.ToArray();
    }

    private static byte[] Rewrite(byte[] package, string part, Func<string, string> change)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            var content = reader.ReadToEnd();
            return (e.FullName, Encoding.UTF8.GetBytes(e.FullName == part ? change(content) : content));
        }).ToArray();
        Assert.Contains(entries, e => e.FullName == part);
        return Zip(entries);
    }

    private static int FindEntryData(byte[] zip, string name)
    {
        var nameBytes = Encoding.ASCII.GetBytes(name);
        var at = zip.AsSpan().IndexOf(nameBytes);
        return at + nameBytes.Length + 10;
    }

    private sealed class CountingZeroStream(long length) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Clear(buffer, offset, n);
            BytesRead += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
