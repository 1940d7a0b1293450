using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The date forms learners write and the edges of what the service reads as a date (the add-in never parses dates:
/// docs/testing.md). Every expected date is the calendar's, worked out by hand: 1 March 2026 was a Sunday.
/// </summary>
public class UkDateBoundaryTests
{
    [Theory]
    [InlineData("01/03/26", "2026-03-01")]          // dd/mm/yy: a two-digit year is this century
    [InlineData("01/03/2026", "2026-03-01")]        // dd/mm/yyyy
    [InlineData("2026-03-01", "2026-03-01")]        // ISO
    [InlineData("1 March 2026", "2026-03-01")]
    [InlineData("1 March 26", "2026-03-01")]
    [InlineData("1 Mar 2026", "2026-03-01")]
    [InlineData("1st of March, 2026", "2026-03-01")]
    [InlineData("March 1, 2026", "2026-03-01")]
    [InlineData("1 March 2026.", "2026-03-01")]
    [InlineData("1\u00a0March\u00a02026", "2026-03-01")]
    [InlineData("31/01/2026", "2026-01-31")]        // the last day of a month
    [InlineData("01/12/2026", "2026-12-01")]        // the last month
    [InlineData("13/12/2025", "2025-12-13")]        // day 13 with month 12 is still day-first
    [InlineData("01/01/1990", "1990-01-01")]        // the earliest year read at all
    [InlineData("31/12/2100", "2100-12-31")]        // the latest
    public void Reads_the_date_meant(string text, string iso) =>
        Assert.Equal(DateOnly.ParseExact(iso, "yyyy-MM-dd"), UkDateParser.Parse(text)?.Date);

    [Theory]
    [InlineData("01/01/0001")]                      // Word's empty date, never a session's
    [InlineData("0001-01-01")]
    [InlineData("31/12/1989")]
    [InlineData("01/01/2101")]
    [InlineData("00/03/2026")]
    [InlineData("32/01/2026")]
    [InlineData("29/02/2026")]                      // 2026 is not a leap year
    [InlineData("31/11/2026")]
    [InlineData("01/00/2026")]
    [InlineData("1 Ma 2026")]                       // two letters name no month
    [InlineData("1 Marchy 2026")]
    [InlineData("Su 1 March 2026")]                 // two letters name no weekday either
    [InlineData("1 March")]
    [InlineData("   ")]
    public void Refuses_what_is_not_a_date(string text) => Assert.Null(UkDateParser.Parse(text));

    [Fact]
    public void Only_month_first_fits_then_it_is_read_month_first_and_said()
    {
        var reading = UkDateParser.Parse("12/13/2025")!;
        Assert.Equal(new DateOnly(2025, 12, 13), reading.Date);
        Assert.Contains("month-first", reading.Interpretation);
        Assert.Contains("read as 13 december", reading.Interpretation);
    }

    [Fact]
    public void A_matching_weekday_says_nothing_and_a_wrong_one_names_the_real_day()
    {
        var right = UkDateParser.Parse("Sun 1 March 2026")!;
        Assert.Equal(new DateOnly(2026, 3, 1), right.Date);
        Assert.Null(right.Interpretation);

        var wrong = UkDateParser.Parse("Monday 1 March 2026")!;
        Assert.Equal(new DateOnly(2026, 3, 1), wrong.Date);
        Assert.Equal("\"Monday 1 March 2026\": 1 March 2026 is a Sunday, not a monday", wrong.Interpretation);
    }

    [Fact]
    public void A_date_before_2000_is_read_but_called_implausible()
    {
        var old = UkDateParser.Parse("31/12/1999")!;
        Assert.Equal(new DateOnly(1999, 12, 31), old.Date);
        Assert.Equal(WarningCodes.DateImplausible, old.Code);
        Assert.Equal("\"31/12/1999\" is before 2000; check the year", old.Interpretation);

        var first = UkDateParser.Parse("01/01/2000")!;
        Assert.Equal(WarningCodes.DateInterpreted, first.Code);
        Assert.Null(first.Interpretation);
    }

    [Fact]
    public void A_date_after_tomorrow_is_read_but_called_implausible()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tomorrow = UkDateParser.Parse(today.AddDays(1).ToString("dd/MM/yyyy"))!;
        Assert.Equal(WarningCodes.DateInterpreted, tomorrow.Code);

        var text = today.AddDays(3).ToString("dd/MM/yyyy");
        var later = UkDateParser.Parse(text)!;
        Assert.Equal(today.AddDays(3), later.Date);
        Assert.Equal(WarningCodes.DateImplausible, later.Code);
        Assert.Equal($"\"{text}\" is in the future; check the date", later.Interpretation);
    }

    [Fact]
    public void A_plan_date_in_the_future_is_not_judged() =>
        Assert.Equal(WarningCodes.DateInterpreted, UkDateParser.Parse("01/01/2099", allowMonthOnly: true)!.Code);

    [Fact]
    public void Sixty_characters_are_read_and_sixty_one_are_not()
    {
        var sixty = "1 March 2026".PadRight(UkDateParser.MaxTextLength);
        Assert.Equal(60, sixty.Length);
        Assert.Equal(new DateOnly(2026, 3, 1), UkDateParser.Parse(sixty)?.Date);
        Assert.Null(UkDateParser.Parse(sixty + " "));
    }
}
