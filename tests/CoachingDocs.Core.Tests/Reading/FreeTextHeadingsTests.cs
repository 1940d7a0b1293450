using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The one-line headings of free-format diaries, part by part. Each expectation is the heading as a learner would read
/// it: its form, then its fields in the order written ("n" session number, "date", "duration", "client").
/// </summary>
public class FreeTextHeadingsTests
{
    private static string? Read(string line, bool isHeading = false) =>
        FreeTextHeadings.Read(line, isHeading) is not { } read
            ? null
            : read.Form + ": " + string.Join(" | ", read.Fields.Select(f => Short(f.Field) + "=" + f.Value));

    private static string Short(string field) => field switch
    {
        "sessionNumber" => "n",
        "sessionDate" => "date",
        "duration" => "duration",
        "clientRef" => "client",
        _ => field,
    };

    [Theory]
    [InlineData("Session 3 — 14/05/2025 — 75 minutes — Client B", "coaching-diary: n=3 | date=14/05/2025 | duration=75 minutes | client=Client B")]
    [InlineData("Session 4: Tue 4th Feb 2025, 1h 30m, client A", "coaching-diary: n=4 | date=Tue 4th Feb 2025 | duration=1h 30m | client=client A")]
    [InlineData("Coaching session no. 12: 03/03/2025 | 45 mins", "coaching-diary: n=12 | date=03/03/2025 | duration=45 mins")]
    [InlineData("Session #7; 60 minutes; Coachee D", "coaching-diary: n=7 | duration=60 minutes | client=Coachee D")]
    [InlineData("session number 2 - with Client 3", "coaching-diary: n=2 | client=Client 3")]
    [InlineData("Session 2 (14/05/2025)", "coaching-diary: n=2 | date=14/05/2025")]
    [InlineData("Session 5", "coaching-diary: n=5")]
    // A part that looks like a duration but reads as none is kept, so the check reports it as unreadable.
    [InlineData("Session 6 — hours tbc", "coaching-diary: n=6 | duration=hours tbc")]
    public void A_session_heading_gives_its_number_and_each_part(string line, string expected)
    {
        Assert.Equal(expected, Read(line));
    }

    [Theory]
    [InlineData("Supervision 1 - 20/05/2025 - 1 hour", "supervision-record: n=1 | date=20/05/2025 | duration=1 hour")]
    [InlineData("Supervision session 2", "supervision-record: n=2")]
    [InlineData("Supervision: 20/05/2025", "supervision-record: date=20/05/2025")]
    [InlineData("Reflection on session 3", "reflective-log: n=3")]
    [InlineData("Reflective entry for session 4 — 14/05/2025", "reflective-log: n=4 | date=14/05/2025")]
    [InlineData("Reflections: 14/05/2025", "reflective-log: date=14/05/2025")]
    [InlineData("Client feedback for session 2", "client-feedback: n=2")]
    [InlineData("Coachee feedback form - 14/05/2025", "client-feedback: date=14/05/2025")]
    public void Supervision_reflection_and_feedback_headings_are_their_own_forms(string line, string expected)
    {
        Assert.Equal(expected, Read(line));
    }

    [Theory]
    // A sentence that starts like a heading.
    [InlineData("Session 3 went well and the client agreed a goal")]
    // A form's title is not an entry: forms other than the diary need a number or a part that reads.
    [InlineData("Reflective Log – Units 301/302")]
    [InlineData("Supervision notes")]
    [InlineData("Supervision")]
    [InlineData("Reflection")]
    [InlineData("Reflective log")]
    [InlineData("The session 3 notes")]
    [InlineData("")]
    public void Lines_that_are_not_entry_headings_read_as_none(string line)
    {
        Assert.Null(Read(line));
    }

    [Fact]
    public void A_diary_line_styled_as_a_heading_starts_an_entry_even_when_its_words_read_as_nothing()
    {
        Assert.Equal("coaching-diary: n=3", Read("Session 3: goal setting", isHeading: true));
        Assert.Null(Read("Session 3: goal setting", isHeading: false));
        // Only the diary: a heading "Supervision notes" is still the form's title.
        Assert.Null(Read("Supervision notes", isHeading: true));
        Assert.Null(Read("Reflective Log – Units 301/302", isHeading: true));
    }

    [Fact]
    public void A_line_longer_than_160_characters_is_never_a_heading()
    {
        var at160 = "Session 1 — " + new string('x', 160 - "Session 1 — ".Length);
        Assert.Equal(160, at160.Length);
        Assert.Equal("coaching-diary: n=1", Read(at160, isHeading: true));
        Assert.Null(Read(at160 + "x", isHeading: true));
    }

    [Theory]
    // ", 2025" after a day and month is part of the date, not a separator; ", 1 hour" is one.
    [InlineData("Session 8 — 3 March, 2025 — 1 hour", "coaching-diary: n=8 | date=3 March, 2025 | duration=1 hour")]
    [InlineData("Session 8, 03/03/2025, 1 hour", "coaching-diary: n=8 | date=03/03/2025 | duration=1 hour")]
    [InlineData("Session 8|03/03/2025|1 hour", "coaching-diary: n=8 | date=03/03/2025 | duration=1 hour")]
    // A dash without spaces joins (a time range "10:00-11:00" is one part); this part reads as no date and looks like
    // a duration, so it is kept for the check to report as unreadable.
    [InlineData("Session 8 — 03/03/2025-1 hour", "coaching-diary: n=8 | duration=03/03/2025-1 hour")]
    [InlineData("Session 8 — 10:00-11:00", "coaching-diary: n=8 | duration=10:00-11:00")]
    public void Parts_are_split_at_dashes_with_spaces_bars_semicolons_and_commas(string line, string expected)
    {
        Assert.Equal(expected, Read(line));
    }

    [Fact]
    public void A_client_written_with_with_is_kept_without_it()
    {
        Assert.Equal("coaching-diary: n=1 | client=Client 3", Read("Session 1 — With Client 3"));
        Assert.Equal("coaching-diary: n=1 | client=individual ref: K7", Read("Session 1 — individual ref: K7"));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("12", 12)]
    [InlineData("+3", null)]
    [InlineData(" 3", null)]
    [InlineData("three", null)]
    public void The_session_number_is_read_as_plain_digits(string written, int? expected)
    {
        List<(string, string)> fields = [(FieldNames.Duration, "1 hour"), (FieldNames.SessionNumber, written)];
        Assert.Equal(expected, FreeTextHeadings.SessionNumberIn(fields));
    }

    [Fact]
    public void No_session_number_is_none()
    {
        Assert.Null(FreeTextHeadings.SessionNumberIn([(FieldNames.Duration, "1 hour")]));
    }
}
