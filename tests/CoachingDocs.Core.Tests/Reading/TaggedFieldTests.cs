using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Reading.TaggedBodies;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Field controls (cd1:f) read by tags: the document-level fields (stated total, exceptional reason, plan months, unit
/// id), plan dates, the template field names that are renamed to what they mean, and sessions written without items.
/// Inputs: hand-written WordprocessingML (see <see cref="TaggedBodies"/>).
/// </summary>
public class TaggedFieldTests
{
    private static object[] Session(string number, string date, string duration) =>
        [Field("sessionNumber", number), Field("sessionDate", date), Field("duration", duration), Field("clientRef", "A")];

    [Fact]
    public void The_first_stated_total_is_the_documents_and_is_located_where_it_was_written()
    {
        var reading = Read(DocumentKinds.CoachingDiary,
            Field("totalHours", "4"),
            Item("session", Field("totalHours", "6")));

        Assert.Equal(240, reading.StatedTotalMinutes);
        Assert.Equal(At("Coaching Diary"), reading.StatedTotalLocation);
    }

    [Fact]
    public void A_stated_total_left_as_the_placeholder_is_no_total_and_no_warning()
    {
        var reading = Read(DocumentKinds.CoachingDiary, Placeholder("totalHours"));

        Assert.Null(reading.StatedTotalMinutes);
        Assert.Empty(reading.Warnings);
    }

    [Theory]
    [InlineData("", null)]
    // Two letters ("no", "NA") say there was no reason.
    [InlineData("no", null)]
    [InlineData("Bereavement", "Bereavement")]
    public void An_exceptional_reason_counts_when_longer_than_two_letters(string written, string? reason)
    {
        var reading = Read(DocumentKinds.CoachingDiary, Field("exceptionalReason", written));
        Assert.Equal(reason, reading.ExceptionalReason);
        Assert.Equal(reason is null ? null : At("Coaching Diary"), reading.ExceptionalReasonLocation);
    }

    [Fact]
    public void The_first_exceptional_reason_is_the_documents()
    {
        var reading = Read(DocumentKinds.CoachingDiary,
            Field("exceptionalReason", "Bereavement"),
            Item("session", Field("exceptionalReason", "Illness")));

        Assert.Equal("Bereavement", reading.ExceptionalReason);
        Assert.Equal(At("Coaching Diary"), reading.ExceptionalReasonLocation);
    }

    [Fact]
    public void The_first_stated_plan_length_in_months_is_the_documents()
    {
        var reading = Read(DocumentKinds.DevelopmentPlan, Field("planMonths", "6"), Field("planMonths", "9"));
        Assert.Equal(6m, reading.StatedPlanMonths);
    }

    [Fact]
    public void A_unit_id_left_as_the_placeholder_leaves_room_for_the_one_written_later()
    {
        var reading = Read(DocumentKinds.CoachingDiary, Placeholder("unitId"), Field("unitId", "8585-302"));

        Assert.Equal("8585-302", reading.UnitId);
        Assert.Equal("unitId field", reading.UnitIdSource);
    }

    [Theory]
    [InlineData("timescale")]
    [InlineData("reviewDate")]
    [InlineData("startDate")]
    public void A_plan_date_field_gives_the_date_the_plan_reaches(string field)
    {
        var reading = Read(DocumentKinds.DevelopmentPlan, Field(field, "June 2025"));
        // A month alone reaches its last day.
        Assert.Equal([new DateOnly(2025, 6, 30)], reading.PlanDates);
    }

    [Fact]
    public void An_objective_is_a_plan_whatever_the_document_was_taken_for_and_its_unreadable_date_is_located_in_it()
    {
        var reading = Read(null,
            Item("objective", Field("reviewDate", "15/07/2025")),
            Item("objective", Field("timescale", "soon")));

        Assert.Equal([new DateOnly(2025, 7, 15)], reading.PlanDates);
        var warning = Assert.Single(reading.Warnings);
        Assert.Equal(WarningCodes.UnreadableDate, warning.Code);
        Assert.Equal(At("Development plan #2"), warning.Location);
    }

    [Theory]
    [InlineData("questioning")]
    [InlineData("listening")]
    [InlineData("feedbackImpact")]
    [InlineData("improvement")]
    [InlineData("learning")]
    public void Every_answer_of_the_reflective_log_is_reflection(string field)
    {
        var reading = Read(DocumentKinds.ReflectiveLog, Field(field, "I waited before asking the next question."));
        Assert.Equal(At("Reflective Log"), Assert.Single(reading.Reflections).Location);
    }

    [Fact]
    public void A_reflective_entry_in_a_diary_reads_its_answers_as_reflection()
    {
        var reading = Read(DocumentKinds.CoachingDiary, Item("reflection", Field("questioning", "I waited before asking the next question.")));
        Assert.Equal(At("Reflective Log #1"), Assert.Single(reading.Reflections).Location);
    }

    [Theory]
    // The diary template's "clientFeedback" is the client's feedback; its "feedback" is what the coach gave.
    [InlineData("clientFeedback", true)]
    [InlineData("feedback", false)]
    public void The_diarys_client_feedback_field_is_the_sessions_feedback(string field, bool hasFeedback)
    {
        var reading = Read(DocumentKinds.CoachingDiary, Session("1", "03/03/2025", "1 hour"), Field(field, "Useful"));

        var session = Assert.Single(reading.Sessions);
        Assert.Equal(hasFeedback, session.HasFeedback);
        Assert.Equal(At("Coaching Diary", 1), session.Location);
    }

    [Fact]
    public void Sessions_written_without_repeating_items_are_told_apart_by_their_number()
    {
        var reading = Read(DocumentKinds.CoachingDiary,
            Session("1", "03/03/2025", "1 hour"),
            Session("2", "10/03/2025", "90 minutes"));

        Assert.Equal([(1, 60), (2, 90)], reading.Sessions.Select(s => (s.Number ?? 0, s.Minutes ?? 0)));
    }
}
