using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// From a record's fields as met to the record of its form: which drafts are sessions, how minutes come from a duration
/// or from start and end times, and the warning (code, words, location) for everything assumed or unreadable.
/// Expectations are the records and warnings a reader of the form would write down.
/// </summary>
public class RecordAssemblerTests
{
    private static readonly ReadLocation At = new("log.docx", Table: 2, Row: 5);

    private static RecordDraft Draft(string? form, params (string Field, string Value)[] fields)
    {
        var draft = new RecordDraft(form, At);
        foreach (var (field, value) in fields) draft.Set(field, value, At);
        return draft;
    }

    private static DocumentReading Assemble(params RecordDraft[] drafts)
    {
        var reading = new DocumentReading { FileName = "log.docx" };
        var assembler = new RecordAssembler(reading);
        foreach (var draft in drafts) assembler.Flush(draft);
        return reading;
    }

    private static DocumentReading Session(params (string Field, string Value)[] fields) =>
        Assemble(Draft(DocumentKinds.CoachingDiary, [(FieldNames.ClientRef, "Client A"), (FieldNames.SessionDate, "04/03/2025"), .. fields]));

    private static DocumentReading Dated(string date) =>
        Assemble(Draft(null, (FieldNames.ClientRef, "A"), (FieldNames.Duration, "1 hour"), (FieldNames.SessionDate, date)));

    private static List<string> Warnings(DocumentReading reading) =>
        reading.Warnings.Select(w => $"{w.Code}: {w.Message} @ {w.Location}").ToList();

    [Fact]
    public void A_session_is_read_with_its_client_date_minutes_and_answers()
    {
        var draft = Draft(DocumentKinds.CoachingDiary,
            (FieldNames.ClientRef, "Client  A;"), (FieldNames.SessionNumber, "Session 3"), (FieldNames.SessionDate, "04/03/2025"),
            (FieldNames.Duration, "1 hour"), (FieldNames.Reflection, "I waited longer"), (FormLabels.Mode, "Individual"), (FormLabels.Payment, "Pro bono"));
        var reading = Assemble(draft);
        Assert.Equal(
            new SessionRecord("Client A", 3, new DateOnly(2025, 3, 4), 60, At with { Session = 3 }, "1 hour",
                HasReflection: true, HasFeedback: false, Mode: "Individual", Payment: "Pro bono"),
            Assert.Single(reading.Sessions));
        Assert.Empty(reading.Warnings);
    }

    [Theory]
    [InlineData(FieldNames.Duration, "1 hour", null, null)]
    [InlineData(FieldNames.StartTime, "10:00", FieldNames.EndTime, "11:00")]
    [InlineData(FieldNames.SessionNumber, "2", null, null)]
    public void A_duration_times_or_a_numbered_date_make_a_session(string field, string value, string? other, string? otherValue)
    {
        var fields = new List<(string, string)> { (FieldNames.SessionDate, "04/03/2025"), (field, value) };
        if (other is not null) fields.Add((other, otherValue!));
        Assert.Single(Assemble(Draft(DocumentKinds.CoachingDiary, [.. fields])).Sessions);
    }

    [Theory]
    [InlineData(FieldNames.SessionDate, "04/03/2025")]
    [InlineData(FieldNames.SessionNumber, "2")]
    [InlineData(FieldNames.StartTime, "10:00")]
    [InlineData(FieldNames.EndTime, "11:00")]
    [InlineData(FieldNames.ClientRef, "Client A")]
    public void A_date_number_or_time_alone_is_not_a_session(string field, string value)
    {
        var reading = Assemble(Draft(DocumentKinds.CoachingDiary, (field, value)));
        Assert.Empty(reading.Sessions);
        Assert.Empty(reading.Warnings);
    }

    [Theory]
    [InlineData(DocumentKinds.HoursLog)]
    [InlineData(null)]
    public void Hours_logs_and_drafts_of_no_known_form_hold_sessions(string? form)
    {
        Assert.Single(Assemble(Draft(form, (FieldNames.ClientRef, "B"), (FieldNames.Duration, "45 mins"))).Sessions);
    }

    [Fact]
    public void Sessions_without_a_number_are_located_by_their_place_among_the_sessions()
    {
        var reading = Assemble(
            Draft(null, (FieldNames.ClientRef, "A"), (FieldNames.Duration, "1 hour")),
            Draft(null, (FieldNames.SessionDate, "04/03/2025")), // not a session: does not count
            Draft(null, (FieldNames.ClientRef, "A"), (FieldNames.Duration, "1 hour")),
            Draft(null, (FieldNames.ClientRef, "A"), (FieldNames.SessionNumber, "7"), (FieldNames.Duration, "1 hour")),
            Draft(null, (FieldNames.ClientRef, "A"), (FieldNames.Duration, "1 hour")));
        Assert.Equal([1, 2, 7, 4], reading.Sessions.Select(s => s.Location.Session));
        Assert.Equal([null, null, 7, null], reading.Sessions.Select(s => s.Number));
    }

    [Theory]
    [InlineData("Session 12", 12)]
    [InlineData("no. 4 (second block)", 4)]
    [InlineData("first", null)]
    [InlineData("99999999999", null)]
    public void The_session_number_is_the_first_number_written(string written, int? expected)
    {
        var reading = Assemble(Draft(null, (FieldNames.SessionNumber, written), (FieldNames.Duration, "1 hour"), (FieldNames.ClientRef, "A")));
        Assert.Equal(expected, Assert.Single(reading.Sessions).Number);
    }

    [Fact]
    public void A_session_without_a_client_counts_hours_and_says_so_unless_its_block_names_one()
    {
        var alone = Assemble(Draft(null, (FieldNames.SessionDate, "04/03/2025"), (FieldNames.Duration, "1 hour")));
        Assert.Null(Assert.Single(alone.Sessions).ClientRef);
        Assert.Equal(["MISSING_CLIENT: session has no client reference; it counts towards hours but not towards any individual @ log.docx, session 1, table 2, row 5"],
            Warnings(alone));

        var inherited = new RecordDraft(null, At) { InheritedClientRef = "Client B" };
        inherited.Set(FieldNames.SessionDate, "04/03/2025", At);
        inherited.Set(FieldNames.Duration, "1 hour", At);
        var inBlock = Assemble(inherited);
        Assert.Equal("Client B", Assert.Single(inBlock.Sessions).ClientRef);
        Assert.Empty(inBlock.Warnings);
    }

    [Fact]
    public void A_missing_date_and_an_unreadable_one_are_different_warnings()
    {
        var missing = Assemble(Draft(null, (FieldNames.ClientRef, "A"), (FieldNames.Duration, "1 hour")));
        Assert.Equal(["MISSING_DATE: session has no date @ log.docx, session 1, table 2, row 5"], Warnings(missing));

        var unreadable = Dated("the week after Easter");
        Assert.Null(Assert.Single(unreadable.Sessions).Date);
        Assert.Equal(["UNREADABLE_DATE: date \"the week after Easter\" could not be read @ log.docx, session 1, table 2, row 5"], Warnings(unreadable));
    }

    [Fact]
    public void A_date_read_by_assumption_is_read_and_the_assumption_said()
    {
        var reading = Dated("03/13/2025");
        Assert.Equal(new DateOnly(2025, 3, 13), Assert.Single(reading.Sessions).Date);
        var warning = Assert.Single(reading.Warnings);
        Assert.Equal(WarningCodes.DateInterpreted, warning.Code);
        Assert.Contains("month-first", warning.Message);
    }

    [Fact]
    public void A_long_unreadable_value_is_quoted_up_to_40_characters()
    {
        var at40 = "sometime in the spring before the review";
        Assert.Equal(40, at40.Length);
        Assert.Contains($"\"{at40}\" could not", Assert.Single(Dated(at40).Warnings).Message);
        Assert.Contains($"\"{at40}…\" could not", Assert.Single(Dated(at40 + " x").Warnings).Message);
    }

    [Theory]
    // The duration written is used; times only fill in for one that cannot be read, and a disagreement is said.
    [InlineData("90 minutes", "10:00", "11:30", 90, "")]
    [InlineData("1 hour", "10:00", "11:30", 60, "DURATION_TIMES_DISAGREE: duration says 60 minutes but the start and end times give 90; the duration was used")]
    [InlineData("a while", "10:00", "11:30", 90, "DURATION_FROM_TIMES: duration \"a while\" is unreadable; 90 minutes taken from the start and end times")]
    [InlineData("a while", null, null, null, "")]
    [InlineData("a while", "10:00", "soon", null, "")]
    [InlineData("", "10:00", "10:45", 45, "")]
    [InlineData(null, "ten", "eleven", null, "UNREADABLE_CELL: start and end times could not be read as clock times")]
    [InlineData("2", null, null, 120, "DURATION_INTERPRETED: duration \"2\": a bare \"2\" was read as hours")]
    public void Minutes_come_from_the_duration_or_else_from_the_times(string? duration, string? start, string? end, int? minutes, string warning)
    {
        var fields = new List<(string, string)>();
        if (duration is not null) fields.Add((FieldNames.Duration, duration));
        if (start is not null) fields.Add((FieldNames.StartTime, start));
        if (end is not null) fields.Add((FieldNames.EndTime, end));
        var reading = Session([.. fields]);
        var session = Assert.Single(reading.Sessions);
        Assert.Equal(minutes, session.Minutes);
        Assert.Equal(duration is { Length: > 0 } ? duration : null, session.DurationText);
        Assert.Equal(warning.Length == 0 ? [] : [warning + " @ log.docx, session 1, table 2, row 5"], Warnings(reading));
    }

    [Fact]
    public void A_duration_column_in_hours_reads_a_bare_number_as_hours()
    {
        var draft = Draft(null, (FieldNames.ClientRef, "A"), (FieldNames.SessionDate, "04/03/2025"));
        draft.Set(FieldNames.Duration, "1.5", At, DurationUnitHint.Hours);
        Assert.Equal(90, Assert.Single(Assemble(draft).Sessions).Minutes);
    }

    [Fact]
    public void A_reflective_log_entry_needs_a_date_or_a_reflection()
    {
        var reading = Assemble(
            Draft(DocumentKinds.ReflectiveLog, (FieldNames.ClientRef, "Client A"), (FieldNames.SessionNumber, "2"), (FieldNames.SessionDate, "04/03/2025")),
            Draft(DocumentKinds.ReflectiveLog, (FieldNames.Reflection, "Next time I will summarise more")),
            Draft(DocumentKinds.ReflectiveLog, (FieldNames.ClientRef, "Client A"), (FieldNames.Feedback, "They liked it")));
        Assert.Equal([
            new ReflectionRecord("Client A", new DateOnly(2025, 3, 4), 2, At),
            new ReflectionRecord(null, null, null, At),
        ], reading.Reflections);
        Assert.Empty(reading.Sessions);
    }

    [Fact]
    public void Feedback_supervision_and_observation_forms_need_something_written_beyond_who()
    {
        var who = Assemble(
            Draft(DocumentKinds.ClientFeedback, (FieldNames.ClientRef, "Client A"), (FieldNames.SessionNumber, "1")),
            Draft(DocumentKinds.SupervisionRecord, (FieldNames.ClientRef, "Client A")),
            Draft(DocumentKinds.ObservationFeedback, (FieldNames.SessionNumber, "1")));
        Assert.Empty(who.Feedback);
        Assert.Empty(who.Supervision);
        Assert.Empty(who.Observations);

        var written = Assemble(
            Draft(DocumentKinds.ClientFeedback, (FieldNames.ClientRef, "Client A"), (FieldNames.SessionNumber, "1"), (FieldNames.Feedback, "Helpful")),
            Draft(DocumentKinds.SupervisionRecord, (FieldNames.SessionDate, "10/03/2025"), (FieldNames.Duration, "1 hour")),
            Draft(DocumentKinds.ObservationFeedback, (FieldNames.SessionDate, "11/03/2025"), (FieldNames.Reflection, "Good rapport")));
        Assert.Equal([new FeedbackRecord("Client A", null, 1, At)], written.Feedback);
        Assert.Equal([new SupervisionRecord(new DateOnly(2025, 3, 10), 60, At)], written.Supervision);
        Assert.Equal([new ObservationRecord(new DateOnly(2025, 3, 11), At)], written.Observations);
        Assert.Empty(written.Sessions);
        Assert.Empty(written.Warnings);
    }

    [Fact]
    public void A_supervision_record_without_readable_times_is_not_warned_about_them()
    {
        var reading = Assemble(Draft(DocumentKinds.SupervisionRecord, (FieldNames.SessionDate, "10/03/2025"), (FieldNames.StartTime, "ten"), (FieldNames.EndTime, "eleven")));
        Assert.Null(Assert.Single(reading.Supervision).Minutes);
        Assert.Empty(reading.Warnings);
    }

    [Fact]
    public void A_plans_dates_are_its_start_and_its_milestones_a_month_being_its_last_day()
    {
        var plan = Draft(DocumentKinds.DevelopmentPlan, (FieldNames.SessionDate, "01/09/2025"));
        plan.PlanDates.Add(("March 2026", At));
        plan.PlanDates.Add(("14/05/2026", At));
        plan.PlanDates.Add(("", At));
        plan.PlanDates.Add(("when I can", At with { Row = 9 }));
        var reading = Assemble(plan);
        Assert.Equal([new DateOnly(2025, 9, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 5, 14)], reading.PlanDates);
        Assert.Equal(["UNREADABLE_DATE: plan date \"when I can\" is not a date; it was left out of the plan's length @ log.docx, table 2, row 9"], Warnings(reading));
    }

    [Fact]
    public void February_ends_on_its_last_day_in_a_leap_year()
    {
        var plan = Draft(DocumentKinds.DevelopmentPlan);
        plan.PlanDates.Add(("Feb 2028", At));
        Assert.Equal([new DateOnly(2028, 2, 29)], Assemble(plan).PlanDates);
    }

    [Theory]
    [InlineData("  Client\u00a0 B ;", "Client B")]
    [InlineData("Client B,", "Client B")]
    [InlineData("client 1:", "client 1")]
    [InlineData(" ; ", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_client_is_reported_as_written_without_its_spacing_or_closing_punctuation(string? written, string? expected)
    {
        Assert.Equal(expected, RecordAssembler.AsWritten(written));
    }

    [Theory]
    [InlineData("Client B", "B")]
    [InlineData("client: b.", "B")]
    [InlineData("Client ref: 7", "7")]
    [InlineData("Client  ref: 7", "7")]
    [InlineData("Client Ref/ID 7", "7")]
    [InlineData("Coachee ref 3", "3")]
    [InlineData("Individual ref: K", "K")]
    [InlineData("Ref: K", "K")]
    [InlineData("ID-4", "4")]
    [InlineData("Clientele", "CLIENTELE")]
    [InlineData("Refilwe", "REFILWE")]
    [InlineData("Client reference 7", "REFERENCE 7")]
    [InlineData("B;", "B")]
    [InlineData(" . ", null)]
    [InlineData(null, null)]
    public void A_client_is_matched_without_its_prefix_case_or_closing_punctuation(string? written, string? key)
    {
        Assert.Equal(key, RecordAssembler.ClientKey(written));
    }
}
