using System.Buffers.Binary;
using System.Text;
using CoachingDocs.Core.Packaging;
using static CoachingDocs.Core.Tests.Packaging.HandWrittenPackage;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// docs/limits.md: a part whose compressed data cannot be inflated, and a zip directory that contradicts itself, are
/// REJECT_TRUNCATED: "damaged", naming what cannot be read and asking for the file again.
/// </summary>
public class DamagedPackageTests
{
    private static UploadRejectedException Reject(byte[] bytes) => Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, "diary.docx"));

    /// <summary>Makes the first deflate block header of an entry's data invalid (block type 11 is reserved).</summary>
    private static byte[] Undecompressable(byte[] zip, string entry)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.ASCII.GetBytes(entry);
        for (var at = 0; at + 30 < bytes.Length; at++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) != 0x04034B50) continue;
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 26));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28));
            if (!bytes.AsSpan(at + 30, nameLength).SequenceEqual(name)) continue;
            bytes[at + 30 + nameLength + extraLength] = 0x07;
            return bytes;
        }
        throw new InvalidOperationException($"no local header for {entry}");
    }

    [Fact]
    public void A_part_that_cannot_be_decompressed_is_named()
    {
        var ex = Reject(Undecompressable(Build(), "word/settings.xml"));
        Assert.Equal(RejectCodes.Truncated, ex.Code);
        Assert.Equal("diary.docx: is damaged: part 'word/settings.xml' cannot be decompressed; send the file again.", ex.Message);
    }

    [Fact]
    public void A_content_list_that_cannot_be_decompressed_is_named_as_such()
    {
        var ex = Reject(Undecompressable(Build(), "[Content_Types].xml"));
        Assert.Equal(RejectCodes.Truncated, ex.Code);
        Assert.Equal("diary.docx: is damaged: its content list cannot be decompressed; send the file again.", ex.Message);
    }

    [Fact]
    public void A_zip_directory_that_contradicts_itself_is_damaged()
    {
        var bytes = Build();
        var eocd = bytes.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        bytes[eocd + 8] += 3; // entries on this disk
        bytes[eocd + 10] += 3; // entries in total
        var ex = Reject(bytes);
        Assert.Equal(RejectCodes.Truncated, ex.Code);
        Assert.Contains("is damaged: its zip directory contradicts itself", ex.Message);
    }
}
