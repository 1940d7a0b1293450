using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// A record's fields as they are met: which field starts the next record, what counts as content, and how a second
/// answer to the same question is kept.
/// </summary>
public class RecordDraftTests
{
    private static readonly ReadLocation Here = new("diary.docx", Table: 1, Row: 2);
    private static readonly ReadLocation There = new("diary.docx", Table: 1, Row: 3);

    private static RecordDraft Draft() => new("coaching-diary", Here);

    [Fact]
    public void A_new_draft_is_empty_until_anything_is_met()
    {
        Assert.True(Draft().IsEmpty);
        var withField = Draft();
        withField.Set(FieldNames.ClientRef, "", Here);
        Assert.False(withField.IsEmpty);
        var withText = Draft();
        withText.Texts.Add((FieldNames.Reflection, ""));
        Assert.False(withText.IsEmpty);
        var withPlanDate = Draft();
        withPlanDate.PlanDates.Add(("March 2026", Here));
        Assert.False(withPlanDate.IsEmpty);
    }

    [Fact]
    public void Who_and_which_session_alone_are_not_content()
    {
        var draft = Draft();
        draft.Set(FieldNames.ClientRef, "Client A", Here);
        draft.Set(FieldNames.SessionNumber, "3", Here);
        draft.Set(FieldNames.Duration, "", Here);
        draft.Texts.Add((FieldNames.Feedback, ""));
        Assert.False(draft.HasContent);

        draft.Set(FieldNames.Duration, "1 hour", Here);
        Assert.True(draft.HasContent);
        var answered = Draft();
        answered.Texts.Add((FieldNames.Feedback, "Very helpful"));
        Assert.True(answered.HasContent);
    }

    [Fact]
    public void A_key_field_met_again_with_a_value_starts_the_next_record_and_a_blank_one_does_not()
    {
        var draft = Draft();
        draft.Set(FieldNames.SessionDate, "", Here);
        draft.Set(FieldNames.Reflection, "Went well", Here);
        Assert.False(draft.Repeats(FieldNames.SessionDate));
        Assert.False(draft.Repeats(FieldNames.Duration));
        // A free-text field is never a key: its second answer belongs to the same record.
        Assert.False(draft.Repeats(FieldNames.Reflection));

        foreach (var key in new[] { FieldNames.ClientRef, FieldNames.SessionNumber, FieldNames.SessionDate, FieldNames.Duration, FieldNames.StartTime, FieldNames.EndTime })
        {
            var filled = Draft();
            filled.Set(key, "x", Here);
            Assert.True(filled.Repeats(key), key);
        }
    }

    [Fact]
    public void A_blank_met_first_is_filled_by_the_value_met_next()
    {
        var draft = Draft();
        draft.Set(FieldNames.SessionDate, "", Here);
        Assert.Null(draft.Get(FieldNames.SessionDate));
        draft.Set(FieldNames.SessionDate, "04/03/2025", There);
        Assert.Equal("04/03/2025", draft.Get(FieldNames.SessionDate));
        Assert.Equal(There, draft.Fields[FieldNames.SessionDate].Location);
    }

    [Fact]
    public void A_key_fields_first_value_is_kept_and_a_second_answer_to_a_question_is_added()
    {
        var draft = Draft();
        draft.Set(FieldNames.Duration, "1 hour", Here, DurationUnitHint.Hours);
        draft.Set(FieldNames.Duration, "2 hours", There);
        Assert.Equal(("1 hour", Here, DurationUnitHint.Hours), draft.Fields[FieldNames.Duration]);
        Assert.Empty(draft.Texts);

        draft.Set(FieldNames.Reflection, "Questioning went well", Here);
        draft.Set(FieldNames.Reflection, "", There);
        draft.Set(FieldNames.Reflection, "Listening needs work", There);
        Assert.Equal("Questioning went well", draft.Get(FieldNames.Reflection));
        Assert.Equal([(FieldNames.Reflection, "Listening needs work")], draft.Texts);
    }

    [Fact]
    public void A_question_is_answered_by_its_field_or_by_any_of_its_texts()
    {
        var draft = Draft();
        Assert.False(draft.HasText(FieldNames.Feedback));
        draft.Texts.Add((FieldNames.Reflection, "Learned to wait"));
        draft.Texts.Add((FieldNames.Feedback, ""));
        Assert.False(draft.HasText(FieldNames.Feedback));
        Assert.True(draft.HasText(FieldNames.Reflection));
        var inField = Draft();
        inField.Set(FieldNames.Feedback, "Useful session", Here);
        Assert.True(inField.HasText(FieldNames.Feedback));
    }
}
