using CoachingDocs.Core.Packaging;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// The guard counts the bytes a part really inflates to: exactly at a limit is accepted, one byte over is a zip bomb,
/// and the ratio check only applies above its floor.
/// </summary>
public class InflationGuardTests
{
    private static readonly UploadLimits NoRatioCheck = UploadLimits.Default with { RatioCheckFloorBytes = long.MaxValue / 2 };

    private sealed class Bomb : Exception;

    private static InflationGuard Guard(int length, UploadLimits limits, long compressed = 1, Func<long, bool>? addToTotal = null) =>
        new(new MemoryStream(new byte[length]), compressed, addToTotal ?? (_ => true), limits, () => new Bomb());

    private static long Drained(InflationGuard guard)
    {
        guard.Drain(new byte[1000]);
        return guard.Position;
    }

    [Fact]
    public void A_part_exactly_at_the_per_part_limit_is_read_to_its_end_and_counted()
    {
        var limits = NoRatioCheck with { MaxEntryInflatedBytes = 10_000 };
        Assert.Equal(10_000, Drained(Guard(10_000, limits)));
    }

    [Fact]
    public void One_byte_past_the_per_part_limit_is_a_bomb()
    {
        var limits = NoRatioCheck with { MaxEntryInflatedBytes = 10_000 };
        Assert.Throws<Bomb>(() => Drained(Guard(10_001, limits)));
    }

    [Fact]
    public void Every_byte_read_is_added_to_the_total_and_a_total_past_its_limit_is_a_bomb()
    {
        long total = 0;
        Assert.Equal(2_500, Drained(Guard(2_500, NoRatioCheck, addToTotal: read => (total += read) <= 2_500)));
        Assert.Equal(2_500, total);

        long second = 0;
        Assert.Throws<Bomb>(() => Drained(Guard(2_501, NoRatioCheck, addToTotal: read => (second += read) <= 2_500)));
    }

    [Fact]
    public void A_part_exactly_at_the_compression_ratio_is_accepted_and_one_byte_more_is_a_bomb()
    {
        // 1,000 compressed bytes at 100:1 may inflate to 100,000.
        var limits = UploadLimits.Default with { RatioCheckFloorBytes = 0, MaxCompressionRatio = 100 };
        Assert.Equal(100_000, Drained(Guard(100_000, limits, compressed: 1_000)));
        Assert.Throws<Bomb>(() => Drained(Guard(100_001, limits, compressed: 1_000)));
    }

    [Fact]
    public void A_part_with_no_compressed_bytes_is_measured_as_if_it_had_one()
    {
        var limits = UploadLimits.Default with { RatioCheckFloorBytes = 0, MaxCompressionRatio = 100 };
        Assert.Equal(100, Drained(Guard(100, limits, compressed: 0)));
        Assert.Throws<Bomb>(() => Drained(Guard(101, limits, compressed: 0)));
    }

    [Fact]
    public void The_ratio_is_not_checked_up_to_its_floor()
    {
        // 10 compressed bytes inflating to 50,000 is 5,000:1, allowed while the part is no bigger than the floor.
        var limits = UploadLimits.Default with { RatioCheckFloorBytes = 50_000, MaxCompressionRatio = 1 };
        Assert.Equal(50_000, Drained(Guard(50_000, limits, compressed: 10)));
        Assert.Throws<Bomb>(() => Drained(Guard(50_001, limits, compressed: 10)));
    }

    [Fact]
    public void It_is_a_read_only_forward_only_stream()
    {
        using var guard = Guard(10, NoRatioCheck);
        Assert.True(guard.CanRead);
        Assert.False(guard.CanWrite);
        Assert.False(guard.CanSeek);
        Assert.Throws<NotSupportedException>(() => guard.Write([1], 0, 1));
    }

    [Fact]
    public void Disposing_it_disposes_the_inflating_stream()
    {
        var inner = new MemoryStream(new byte[10]);
        new InflationGuard(inner, 1, _ => true, NoRatioCheck, () => new Bomb()).Dispose();
        Assert.False(inner.CanRead);
    }
}
