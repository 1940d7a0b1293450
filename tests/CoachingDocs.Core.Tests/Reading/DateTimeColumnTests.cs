using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>A diary grid whose column is headed "Date/time", hand-written XML read through the public entry point.</summary>
public class DateTimeColumnTests
{
    [Fact]
    public void A_date_and_time_column_is_read_as_dates_and_the_duration_column_as_minutes()
    {
        var reading = LabelReaderDocument.Read(Fixtures.Table(
            Fixtures.Row("Coachee initials", "Date/time", "Duration (mins)"),
            Fixtures.Row("JB", "14/05/2025 10:00", "60"),
            Fixtures.Row("KL", "21/05/2025", "45")));
        // A date with a clock time after it is not one of the date forms both parsers share (tests/shared): it is
        // reported, not guessed; the minutes still come from their own column.
        Assert.Equal(
            [("JB", null, 60), ("KL", new DateOnly(2025, 5, 21), 45)],
            reading.Sessions.Select(s => (s.ClientRef, s.Date, s.Minutes)).ToList());
        var warning = Assert.Single(reading.Warnings, w => w.Code == WarningCodes.UnreadableDate);
        Assert.Contains("\"14/05/2025 10:00\"", warning.Message);
    }
}
