using CoachingDocs.Core.Checking;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>Issue 8 class 6: a "Unit:" cell holding the id and the title names that unit, not another one.</summary>
public class UnitNamedTests
{
    private static readonly string[] Ids = ["L5-501", "L5-502", "8585-302", "D3.03"];

    [Theory]
    [InlineData("L5-502 Undertaking an Extended Period of Effective Coaching", "L5-502")]
    [InlineData("Unit: D3.03 Undertaking supervised coaching", "D3.03")]
    [InlineData("8585-302", "8585-302")]
    [InlineData("L5-5021 draft", "L5-5021 draft")]
    [InlineData("L5-501 and L5-502", "L5-501 and L5-502")]
    [InlineData("Units 301/302", "Units 301/302")]
    public void A_unit_named_with_its_title_is_that_unit(string written, string expected) =>
        Assert.Equal(expected, CheckRunner.KnownUnitIn(written, Ids));
}
