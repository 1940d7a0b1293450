using CoachingDocs.Core.Packaging;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>The defaults are the figures docs/limits.md promises, in bytes (1 MB = 1,048,576 bytes).</summary>
public class UploadLimitsDefaultsTests
{
    public static TheoryData<string> Sources => new() { "Default", "new" };

    // A fresh record as well as the static Default: the static is built once per process, so only a new one shows a
    // change to the initialisers made after the type was loaded (as a mutation tester does).
    [Theory]
    [MemberData(nameof(Sources))]
    public void The_defaults_are_the_documented_limits(string source)
    {
        var limits = source == "new" ? new UploadLimits() : UploadLimits.Default;
        Assert.Equal(52_428_800, limits.MaxUploadBytes);
        Assert.Equal(1_000, limits.MaxEntries);
        Assert.Equal(209_715_200, limits.MaxInflatedBytes);
        Assert.Equal(104_857_600, limits.MaxEntryInflatedBytes);
        Assert.Equal(100, limits.MaxCompressionRatio);
        Assert.Equal(1_048_576, limits.RatioCheckFloorBytes);
        Assert.Equal(256, limits.MaxXmlDepth);
        Assert.Equal(50, limits.MaxFiles);
        Assert.Equal(MacroPolicy.Reject, limits.MacroEnabled);
    }

    [Fact]
    public void A_roster_has_the_documented_smaller_limits()
    {
        Assert.Equal(10_485_760, UploadLimits.Roster.MaxUploadBytes);
        Assert.Equal(20_971_520, UploadLimits.Roster.MaxInflatedBytes);
        Assert.Equal(200, UploadLimits.Roster.MaxEntries);
    }
}
