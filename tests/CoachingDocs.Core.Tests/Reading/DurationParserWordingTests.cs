using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The exact interpretation notes the duration parser hands to assessors as warnings, and the edges of what it reads.
/// Every input is a hand-typed string; every expected note and figure is worked out by hand from the input.
/// </summary>
public class DurationParserWordingTests
{
    [Theory]
    [InlineData("approx 1 hour", 60, "written as approximate")]
    [InlineData("1.30", 90, "\"1.30\" was read as 1h 30m, not decimal hours")]
    [InlineData("1.45 hrs", 105, "\"1.45 hrs\" was read as 1h 45m, not decimal hours")]
    [InlineData("2", 120, "a bare \"2\" was read as hours")]
    [InlineData("90", 90, "a bare \"90\" was read as minutes")]
    [InlineData("1.33 hrs", 80, "79.8 minutes rounded to 80")]          // 1.33 x 60 = 79.80: the note drops the trailing zero
    [InlineData("1,5 hrs", 90, "a decimal comma was read as a decimal point")]
    [InlineData("\u0661,\u0665 hrs", 90, "digits of another script were read as 0-9; a decimal comma was read as a decimal point")] // Arabic-Indic "1,5"
    [InlineData("\uff11.\uff15 hrs", 90, "digits of another script were read as 0-9")]   // full-width "1.5"
    [InlineData("\u0661:\u0660\u0660\u2013\u0662:\u0663\u0660", 90, "digits of another script were read as 0-9")] // Arabic-Indic "1:00–2:30", en dash kept
    [InlineData("approx 1.30", 90, "written as approximate; \"1.30\" was read as 1h 30m, not decimal hours")]
    public void Says_in_words_what_it_assumed(string text, int minutes, string note)
        => AssertRead(text, minutes, note, WarningCodes.DurationInterpreted);

    [Theory]
    [InlineData("9 hours", 540, "9 hours is longer than one session plausibly lasts (over 8 h); check it")]
    [InlineData("481 mins", 481, "8.02 hours is longer than one session plausibly lasts (over 8 h); check it")] // 481 / 60 = 8.0166..
    [InlineData("approx 9 hours", 540, "written as approximate; 9 hours is longer than one session plausibly lasts (over 8 h); check it")]
    public void A_session_over_eight_hours_is_read_but_called_implausible(string text, int minutes, string note)
        => AssertRead(text, minutes, note, WarningCodes.DurationImplausible);

    [Fact]
    public void Eight_hours_exactly_is_plausible()
    {
        var reading = DurationParser.Parse("480 mins")!;
        Assert.Equal(480, reading.Minutes);
        Assert.Null(reading.Interpretation);
        Assert.Equal(WarningCodes.DurationInterpreted, reading.Code);
    }

    [Fact]
    public void Half_a_minute_is_read_as_one_minute_and_less_is_not_a_duration()
    {
        var half = DurationParser.Parse("0.5 mins")!;
        Assert.Equal(1, half.Minutes);                              // rounded half away from zero
        Assert.Equal("0.5 minutes rounded to 1", half.Interpretation);
        Assert.Null(DurationParser.Parse("0.49 mins"));
    }

    [Fact]
    public void A_hundred_characters_are_read_and_a_hundred_and_one_are_not()
    {
        var hundred = "1 hour".PadRight(DurationParser.MaxTextLength);
        Assert.Equal(100, hundred.Length);
        Assert.Equal(60, DurationParser.Parse(hundred)?.Minutes);
        Assert.Null(DurationParser.Parse(hundred + " "));
        Assert.Null(DurationParser.Parse(null));
    }

    [Fact]
    public void A_clock_time_of_a_hundred_characters_is_read_and_a_hundred_and_one_are_not()
    {
        var hundred = "09:00".PadRight(DurationParser.MaxTextLength);
        Assert.Equal(new TimeOnly(9, 0), DurationParser.ParseTimeOfDay(hundred));
        Assert.Null(DurationParser.ParseTimeOfDay(hundred + " "));
        Assert.Null(DurationParser.ParseTimeOfDay(null));
    }

    [Theory]
    [InlineData("1 0:30")]     // a stray space splits the hour: not "10:30"
    [InlineData("9:3 0")]      // nor the minutes
    public void A_space_inside_a_clock_time_is_not_closed_up(string text) => Assert.Null(DurationParser.ParseTimeOfDay(text));

    [Fact]
    public void A_number_of_twenty_characters_is_read_and_of_twenty_one_is_not()
    {
        var twenty = "1.5" + new string('0', 17);                   // 1.5 hours written with 17 trailing zeros
        Assert.Equal(20, twenty.Length);
        Assert.Equal(90, DurationParser.Parse(twenty + " hours")?.Minutes);
        Assert.Null(DurationParser.Parse(twenty + "0 hours"));
    }

    [Fact]
    public void A_million_is_the_largest_number_read_whatever_the_caller_allows()
    {
        Assert.Equal(1_000_000, DurationParser.Parse("1000000 mins", DurationUnitHint.None, int.MaxValue)?.Minutes);
        Assert.Null(DurationParser.Parse("1000001 mins", DurationUnitHint.None, int.MaxValue));
    }

    [Fact]
    public void Start_and_end_at_the_same_minute_give_no_length()
    {
        Assert.Null(DurationParser.Between(new TimeOnly(10, 0), new TimeOnly(10, 0)));
        Assert.Equal(1, DurationParser.Between(new TimeOnly(10, 0), new TimeOnly(10, 1)));
    }

    private static void AssertRead(string text, int minutes, string note, string code)
    {
        var reading = DurationParser.Parse(text);
        Assert.NotNull(reading);
        Assert.Equal(minutes, reading.Minutes);
        Assert.Equal(note, reading.Interpretation);
        Assert.Equal(code, reading.Code);
    }
}
