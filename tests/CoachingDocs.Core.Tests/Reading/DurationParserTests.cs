using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

public class DurationParserTests
{
    [Theory]
    [InlineData("1.5 hrs", 90)]
    [InlineData("1.5 hours", 90)]
    [InlineData("1.5h", 90)]
    [InlineData("90 mins", 90)]
    [InlineData("90 minutes", 90)]
    [InlineData("90m", 90)]
    [InlineData("45min", 45)]
    [InlineData("1h 30m", 90)]
    [InlineData("1h30", 90)]
    [InlineData("1h30m", 90)]
    [InlineData("1 hr 30 mins", 90)]
    [InlineData("1 hour 15 minutes", 75)]
    [InlineData("1 hour and 15 minutes", 75)]
    [InlineData("2 hours", 120)]
    [InlineData("1:30", 90)]
    [InlineData("0:45", 45)]
    [InlineData("1:30 hrs", 90)]
    [InlineData("01:30:00", 90)]
    [InlineData("10:00:00-11:30:00", 90)]
    [InlineData("1,5 uur", null)]
    [InlineData("1,5 hrs", 90)]
    [InlineData("1½ hours", 90)]
    [InlineData("half an hour", 30)]
    [InlineData("an hour", 60)]
    [InlineData("one and a half hours", 90)]
    [InlineData("1 and a half hours", 90)]
    [InlineData("10:00-11:30", 90)]
    [InlineData("10:00 – 11:15", 75)]
    [InlineData("9.30am to 11am", 90)]
    [InlineData("2pm-3pm", 60)]
    [InlineData("1.25 hrs", 75)]
    [InlineData("HOURS: ", null)]
    [InlineData("", null)]
    [InlineData("tbc", null)]
    [InlineData("0", null)]
    [InlineData("25:00", null)]
    [InlineData("1:75", null)]
    [InlineData("11:30-10:00", null)]
    public void Reads_written_durations_to_the_minute(string text, int? minutes)
    {
        Assert.Equal(minutes, DurationParser.Parse(text)?.Minutes);
    }

    [Theory]
    [InlineData("2", DurationUnitHint.None, 120, true)]
    [InlineData("1.5", DurationUnitHint.None, 90, true)]
    [InlineData("90", DurationUnitHint.None, 90, true)]
    [InlineData("2", DurationUnitHint.Hours, 120, false)]
    [InlineData("1.5", DurationUnitHint.Hours, 90, false)]
    [InlineData("90", DurationUnitHint.Minutes, 90, false)]
    [InlineData("1.30", DurationUnitHint.None, 90, true)]
    [InlineData("1.33 hrs", DurationUnitHint.None, 80, true)]
    [InlineData("approx 1 hour", DurationUnitHint.None, 60, true)]
    [InlineData("1 hour", DurationUnitHint.None, 60, false)]
    public void Says_when_it_had_to_interpret(string text, DurationUnitHint hint, int minutes, bool interpreted)
    {
        var reading = DurationParser.Parse(text, hint);
        Assert.NotNull(reading);
        Assert.Equal(minutes, reading.Minutes);
        Assert.Equal(interpreted, reading.Interpretation is not null);
    }

    [Theory]
    [InlineData("09:00", 9, 0)]
    [InlineData("9.30", 9, 30)]
    [InlineData("2pm", 14, 0)]
    [InlineData("12am", 0, 0)]
    [InlineData("14:15", 14, 15)]
    [InlineData("09:30:00", 9, 30)]
    [InlineData("9", null, null)]
    [InlineData("25:00", null, null)]
    public void Reads_clock_times(string text, int? hour, int? minute)
    {
        var time = DurationParser.ParseTimeOfDay(text);
        Assert.Equal(hour, time?.Hour);
        Assert.Equal(minute, time?.Minute);
    }

    [Fact]
    public void A_session_never_lasts_a_day_but_a_stated_total_may_be_hundreds_of_hours()
    {
        Assert.Null(DurationParser.Parse("100 hours"));
        Assert.Equal(6000, DurationParser.Parse("100", DurationUnitHint.Hours, DurationParser.MaxTotalMinutes)!.Minutes);
        Assert.Equal(3270, DurationParser.Parse("54.5 hrs", DurationUnitHint.Hours, DurationParser.MaxTotalMinutes)!.Minutes);
    }
}
