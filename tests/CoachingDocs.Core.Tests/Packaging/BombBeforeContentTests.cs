using System.Text;
using CoachingDocs.Core.Packaging;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// docs/limits.md, "What is checked, in order": the zip directory's declared sizes (step 3) are checked before the
/// content list is read (step 4), so a bomb is refused as a bomb on its declared sizes alone, whatever else it lacks.
/// </summary>
public class BombBeforeContentTests
{
    private const int Megabyte = 1024 * 1024;
    private static readonly UploadLimits NoRatio = UploadLimits.Default with { RatioCheckFloorBytes = long.MaxValue / 2 };

    [Fact]
    public void A_part_declared_past_the_per_part_limit_is_a_bomb_before_the_content_list_is_looked_for()
    {
        var bytes = Fixtures.Zip(("word/document.xml", new byte[3 * Megabyte]));
        var ex = Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, "bomb.docx", NoRatio with { MaxEntryInflatedBytes = 2 * Megabyte }));
        Assert.Equal(RejectCodes.ZipBomb, ex.Code);
        Assert.Contains("'word/document.xml'", ex.Message);
    }

    [Fact]
    public void Parts_declared_past_the_total_limit_are_a_bomb_before_the_content_list_is_looked_for()
    {
        var bytes = Fixtures.Zip(("a.bin", new byte[2 * Megabyte]), ("b.bin", new byte[2 * Megabyte]));
        var ex = Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, "bomb.docx", NoRatio with { MaxInflatedBytes = 3 * Megabyte }));
        Assert.Equal(RejectCodes.ZipBomb, ex.Code);
        Assert.Contains("'b.bin'", ex.Message);
        Assert.Contains("past the 3 MB total limit", ex.Message);
    }

    [Fact]
    public void A_part_declared_past_the_ratio_is_a_bomb_before_the_content_list_is_looked_for()
    {
        var bytes = Fixtures.Zip(("word/document.xml", Encoding.UTF8.GetBytes(new string(' ', 2 * Megabyte))));
        var ex = Assert.Throws<UploadRejectedException>(() => SafePackageOpener.Open(bytes, "bomb.docx"));
        Assert.Equal(RejectCodes.ZipBomb, ex.Code);
        Assert.Contains("more than 100:1", ex.Message);
    }
}
