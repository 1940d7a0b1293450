using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Packaging;
using static CoachingDocs.Core.Tests.Packaging.HandWrittenPackage;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// docs/limits.md: each package limit lets through a package exactly at it and refuses one a byte (or an entry) over
/// it, with the code and the part named.
/// </summary>
public class PackageLimitBoundaryTests
{
    private const int Megabyte = 1024 * 1024;

    private static SafePackage Open(byte[] bytes, UploadLimits limits) => SafePackageOpener.Open(bytes, "diary.docx", limits);

    private static UploadRejectedException Reject(byte[] bytes, UploadLimits limits) =>
        Assert.Throws<UploadRejectedException>(() => Open(bytes, limits));

    private static List<(string Name, long Length)> Sizes(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e => (e.FullName, e.Length))];
    }

    [Fact]
    public void A_package_with_exactly_the_most_entries_is_accepted_and_one_more_is_refused()
    {
        var bytes = Build();
        var count = Sizes(bytes).Count;
        Assert.Equal(PackageFormat.Word, Open(bytes, UploadLimits.Default with { MaxEntries = count }).Format);

        var ex = Reject(bytes, UploadLimits.Default with { MaxEntries = count - 1 });
        Assert.Equal(RejectCodes.TooManyEntries, ex.Code);
        Assert.Contains($"holds {count} parts", ex.Message);
        Assert.Contains($"the limit is {count - 1}", ex.Message);
    }

    [Fact]
    public void A_part_exactly_at_the_per_part_limit_is_accepted_and_one_byte_more_is_a_bomb()
    {
        var bytes = Build();
        var largest = Sizes(bytes).MaxBy(e => e.Length);
        Assert.Equal(PackageFormat.Word, Open(bytes, UploadLimits.Default with { MaxEntryInflatedBytes = largest.Length }).Format);

        var ex = Reject(bytes, UploadLimits.Default with { MaxEntryInflatedBytes = largest.Length - 1 });
        Assert.Equal(RejectCodes.ZipBomb, ex.Code);
        Assert.Contains($"'{largest.Name}'", ex.Message);
    }

    [Fact]
    public void Parts_inflating_to_exactly_the_total_limit_are_accepted_and_one_byte_more_is_a_bomb()
    {
        var bytes = Build();
        var total = Sizes(bytes).Sum(e => e.Length);
        Assert.Equal(PackageFormat.Word, Open(bytes, UploadLimits.Default with { MaxInflatedBytes = total }).Format);

        var ex = Reject(bytes, UploadLimits.Default with { MaxInflatedBytes = total - 1 });
        Assert.Equal(RejectCodes.ZipBomb, ex.Code);
        Assert.Contains("zip bomb", ex.Message);
    }

    [Fact]
    public void Parts_exactly_at_the_compression_ratio_are_accepted_and_compressed_ones_past_it_are_bombs()
    {
        // Stored (uncompressed) parts inflate 1:1: at a ratio limit of 1 with no floor they are exactly at the limit.
        var limits = UploadLimits.Default with { MaxCompressionRatio = 1, RatioCheckFloorBytes = 0 };
        Assert.Equal(PackageFormat.Word, Open(Stored(Build()), limits).Format);

        var ex = Reject(Build(), limits);
        Assert.Equal(RejectCodes.ZipBomb, ex.Code);
        Assert.Contains("more than 1:1", ex.Message);
    }

    [Fact]
    public void A_part_of_exactly_the_ratio_floor_compresses_as_well_as_it_likes_and_one_byte_more_is_a_bomb()
    {
        // 1 MB of zeros deflates about 1000:1, far past 100:1, but small parts are not ratio-checked (the floor is 1 MB).
        Assert.Equal(PackageFormat.Word, Open(Build(extra: ("word/media/blank.bin", new string('\0', Megabyte))), UploadLimits.Default).Format);

        var ex = Reject(Build(extra: ("word/media/blank.bin", new string('\0', Megabyte + 1))), UploadLimits.Default);
        Assert.Equal(RejectCodes.ZipBomb, ex.Code);
        Assert.Contains("'word/media/blank.bin'", ex.Message);
        Assert.Contains("more than 100:1", ex.Message);
    }

    [Fact]
    public void A_content_list_of_exactly_1_MB_is_read_and_a_larger_one_is_refused()
    {
        var noRatio = UploadLimits.Default with { RatioCheckFloorBytes = long.MaxValue / 2 };
        byte[] WithContentList(int length) => Build((name, xml) => name == "[Content_Types].xml"
            ? xml.Replace("</Types>", new string(' ', length - Encoding.UTF8.GetByteCount(xml)) + "</Types>", StringComparison.Ordinal) : xml);

        Assert.Equal(PackageFormat.Word, Open(WithContentList(Megabyte), noRatio).Format);
        var ex = Reject(WithContentList(Megabyte + 1), noRatio);
        Assert.Equal(RejectCodes.ZipBomb, ex.Code);
        Assert.Contains("'[Content_Types].xml'", ex.Message);
    }

    /// <summary>The same entries, stored without compression.</summary>
    private static byte[] Stored(byte[] zip)
    {
        using var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
                from.CopyTo(to);
            }
        return output.ToArray();
    }
}
