using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Hostile;

/// <summary>Issue 9's "silent nonsense": values that read, but not as what they look like, are refused or warned.</summary>
public class PlausibilityTests
{
    [Theory]
    [InlineData("14:00")] // a clock time where a duration belongs is not 14 hours
    [InlineData("10:00")]
    [InlineData("10.30")]
    [InlineData("0.0000001 hours")] // not a 0-minute session
    [InlineData("-1.5 hours")]
    [InlineData("99999999999999999999999999999999 hours")] // decimal overflow
    [InlineData("79228162514264337593543950335")]
    public void Not_a_duration(string text) => Assert.Null(DurationParser.Parse(text));

    [Fact]
    public void A_twenty_megabyte_duration_is_not_parsed()
    {
        var text = "1" + new string('0', 20 * 1024 * 1024);
        Assert.Null(DurationParser.Parse(text));
    }

    [Fact]
    public void A_range_of_clock_times_is_its_length()
    {
        var reading = DurationParser.Parse("10:00 - 11:30");
        Assert.Equal(90, reading!.Minutes);
    }

    [Theory]
    [InlineData("20 hours", 1200)]
    [InlineData("9 hrs", 540)]
    public void A_session_over_eight_hours_is_read_with_a_plausibility_warning(string text, int minutes)
    {
        var reading = DurationParser.Parse(text)!;
        Assert.Equal(minutes, reading.Minutes);
        Assert.Equal(WarningCodes.DurationImplausible, reading.Code);
        Assert.Contains("longer than one session", reading.Interpretation);
    }

    [Fact]
    public void A_stated_total_over_eight_hours_is_not_implausible()
    {
        var total = DurationParser.Parse("42:30", DurationUnitHint.Hours, DurationParser.MaxTotalMinutes)!;
        Assert.Equal(42 * 60 + 30, total.Minutes);
        Assert.Equal(WarningCodes.DurationInterpreted, total.Code);
    }

    [Fact]
    public void A_decimal_comma_is_read_and_said()
    {
        var reading = DurationParser.Parse("1,5 hours")!;
        Assert.Equal(90, reading.Minutes);
        Assert.Contains("decimal comma", reading.Interpretation);
    }

    [Fact]
    public void Digits_of_other_scripts_are_read_and_said()
    {
        var reading = DurationParser.Parse("٩٠ minutes")!;
        Assert.Equal(90, reading.Minutes);
        Assert.Contains("another script", reading.Interpretation);
        Assert.Equal(new TimeOnly(10, 0), DurationParser.ParseTimeOfDay("١٠:٠٠"));
        Assert.Equal(new DateOnly(2025, 3, 12), UkDateParser.Parse("١٢/٠٣/٢٠٢٥")!.Date);
    }

    [Theory]
    [InlineData("01/01/0001")] // year 1, not 2001
    [InlineData("12/03/1066")]
    public void Not_a_date(string text) => Assert.Null(UkDateParser.Parse(text));

    [Fact]
    public void A_date_before_2000_is_read_with_a_warning()
    {
        var reading = UkDateParser.Parse("12/03/1999")!;
        Assert.Equal(new DateOnly(1999, 3, 12), reading.Date);
        Assert.Equal(WarningCodes.DateImplausible, reading.Code);
        Assert.Contains("before 2000", reading.Interpretation);
    }

    [Fact]
    public void A_date_in_the_future_is_read_with_a_warning()
    {
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2);
        var reading = UkDateParser.Parse(future.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))!;
        Assert.Equal(future, reading.Date);
        Assert.Equal(WarningCodes.DateImplausible, reading.Code);
        Assert.Contains("in the future", reading.Interpretation);
    }

    [Fact]
    public void A_planned_month_in_the_future_is_not_judged()
    {
        var reading = UkDateParser.Parse($"March {DateTime.UtcNow.Year + 1}", allowMonthOnly: true)!;
        Assert.Equal(WarningCodes.DateInterpreted, reading.Code);
    }
}
