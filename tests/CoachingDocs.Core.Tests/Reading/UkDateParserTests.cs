using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

public class UkDateParserTests
{
    [Theory]
    [InlineData("12/03/2025", "2025-03-12")]
    [InlineData("1/4/2025", "2025-04-01")]
    [InlineData("12.03.25", "2025-03-12")]
    [InlineData("12-03-2025", "2025-03-12")]
    [InlineData("12 March 2025", "2025-03-12")]
    [InlineData("12th March 2025", "2025-03-12")]
    [InlineData("Tue 4th Feb 2025", "2025-02-04")]
    [InlineData("Tuesday 4 February 2025", "2025-02-04")]
    [InlineData("4th of February, 2025", "2025-02-04")]
    [InlineData("March 12, 2025", "2025-03-12")]
    [InlineData("Sept 3rd 2025", "2025-09-03")]
    [InlineData("3 Sep 25", "2025-09-03")]
    [InlineData("2025-03-12", "2025-03-12")]
    [InlineData("29/02/2024", "2024-02-29")]
    [InlineData("29/02/2025", null)]
    [InlineData("31/04/2025", null)]
    [InlineData("12 March", null)]
    [InlineData("next Tuesday", null)]
    [InlineData("", null)]
    [InlineData("13/13/2025", null)]
    public void Reads_uk_dates(string text, string? iso)
    {
        Assert.Equal(iso, UkDateParser.Parse(text)?.Date.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void Day_first_unless_only_month_first_fits_and_then_says_so()
    {
        var uk = UkDateParser.Parse("03/04/2025")!;
        Assert.Equal(new DateOnly(2025, 4, 3), uk.Date);
        Assert.Null(uk.Interpretation);

        var us = UkDateParser.Parse("03/25/2025")!;
        Assert.Equal(new DateOnly(2025, 3, 25), us.Date);
        Assert.Contains("month-first", us.Interpretation);
    }

    [Fact]
    public void A_weekday_that_does_not_fit_is_reported_not_corrected()
    {
        var reading = UkDateParser.Parse("Mon 4th Feb 2025")!;
        Assert.Equal(new DateOnly(2025, 2, 4), reading.Date);
        Assert.Contains("Tuesday", reading.Interpretation);
    }

    [Fact]
    public void Month_only_dates_are_accepted_only_when_asked()
    {
        Assert.Null(UkDateParser.Parse("March 2026"));
        Assert.Equal(new DateOnly(2026, 3, 1), UkDateParser.Parse("March 2026", allowMonthOnly: true)!.Date);
    }
}
