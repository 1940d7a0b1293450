using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Every month and weekday name the date parser knows, and the exact notes it hands to assessors. Inputs are
/// hand-typed strings; the calendar facts are worked out by hand: 1 March 2026 was a Sunday, so 2 March a Monday.
/// </summary>
public class UkDateParserWordingTests
{
    [Theory]
    [InlineData("january", 1)]
    [InlineData("february", 2)]
    [InlineData("march", 3)]
    [InlineData("april", 4)]
    [InlineData("may", 5)]
    [InlineData("june", 6)]
    [InlineData("july", 7)]
    [InlineData("august", 8)]
    [InlineData("september", 9)]
    [InlineData("october", 10)]
    [InlineData("november", 11)]
    [InlineData("december", 12)]
    public void Reads_every_month_by_its_full_name(string month, int number)
    {
        var reading = UkDateParser.Parse($"15 {month} 2025");
        Assert.Equal(new DateOnly(2025, number, 15), reading?.Date);
        Assert.Null(reading?.Interpretation);
    }

    [Theory]
    [InlineData("3 Sep 2025")]
    [InlineData("3 Sept 2025")]                 // the four-letter form is a prefix of "september" like any other
    [InlineData("3 Sept. 2025")]
    public void Reads_september_by_its_usual_abbreviations(string text) =>
        Assert.Equal(new DateOnly(2025, 9, 3), UkDateParser.Parse(text)?.Date);

    [Theory]
    [InlineData("Sunday", 1)]
    [InlineData("Monday", 2)]
    [InlineData("Tuesday", 3)]
    [InlineData("Wednesday", 4)]
    [InlineData("Thursday", 5)]
    [InlineData("Friday", 6)]
    [InlineData("Saturday", 7)]
    public void Reads_every_weekday_that_matches_its_date_without_a_note(string weekday, int dayOfMarch)
    {
        var reading = UkDateParser.Parse($"{weekday} {dayOfMarch} March 2026");
        Assert.NotNull(reading);
        Assert.Equal(new DateOnly(2026, 3, dayOfMarch), reading.Date);
        Assert.Null(reading.Interpretation);
    }

    [Fact]
    public void A_wrong_weekday_before_a_month_first_date_names_the_real_day()
    {
        var reading = UkDateParser.Parse("Tuesday March 2, 2026");
        Assert.NotNull(reading);
        Assert.Equal(new DateOnly(2026, 3, 2), reading.Date);
        Assert.Equal("\"Tuesday March 2, 2026\": 2 March 2026 is a Monday, not a tuesday", reading.Interpretation);
    }

    [Fact]
    public void A_month_without_a_day_is_read_as_the_first_and_said()
    {
        var reading = UkDateParser.Parse("March 2026", allowMonthOnly: true);
        Assert.NotNull(reading);
        Assert.Equal(new DateOnly(2026, 3, 1), reading.Date);
        Assert.Equal("a month without a day; read as the whole month", reading.Interpretation);
    }

    [Fact]
    public void Two_notes_are_joined_with_a_semicolon()
    {
        // Arabic-Indic digits for "31/12/1999": both the digit folding and the year before 2000 are said.
        const string text = "\u0663\u0661/\u0661\u0662/\u0661\u0669\u0669\u0669";
        var reading = UkDateParser.Parse(text);
        Assert.NotNull(reading);
        Assert.Equal(new DateOnly(1999, 12, 31), reading.Date);
        Assert.Equal($"digits of another script were read as 0-9; \"{text}\" is before 2000; check the year", reading.Interpretation);
        Assert.Equal(WarningCodes.DateImplausible, reading.Code);
    }
}
