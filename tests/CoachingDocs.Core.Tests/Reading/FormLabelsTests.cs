using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// How a label is matched (case, punctuation and spacing aside), a label and its value in one line, and which form a
/// title paragraph introduces. Expected values are what the label or title says to a reader of the form.
/// </summary>
public class FormLabelsTests
{
    private static string Meaning(LabelMeaning? m) => m is null ? "none" : $"{m.Field}/{m.Section ?? "-"}/{m.Hint}";

    [Theory]
    [InlineData("Learner Registration No.:", "learner registration no")]
    [InlineData("Coach's name", "coachs name")]
    [InlineData("Coach\u2019s name", "coachs name")]
    [InlineData("Paid / Pro bono", "paid/pro bono")]
    [InlineData("A  &  B", "a&b")]
    [InlineData("Session #", "session #")]
    [InlineData("Client_Ref", "client ref")]
    [InlineData("Duration (hrs)", "duration hrs")]
    [InlineData("  Date  ", "date")]
    [InlineData("Score (1-10)", "score 1 10")]
    [InlineData("CLIENT\tREF/ID", "client ref/id")]
    [InlineData("", "")]
    public void Labels_are_compared_in_lower_case_without_punctuation_and_with_single_spaces(string label, string normalised)
    {
        Assert.Equal(normalised, FormLabels.Normalise(label));
    }

    [Fact]
    public void A_long_text_is_normalised_as_a_short_one_is()
    {
        var words = string.Join(" ", Enumerable.Repeat("Word,", 100)); // 599 characters, past the stack buffer
        Assert.Equal(string.Join(" ", Enumerable.Repeat("word", 100)), FormLabels.Normalise(words));
    }

    [Theory]
    [InlineData("Client Ref/ID", "clientRef/-/None")]
    [InlineData("client ref / id:", "clientRef/-/None")]
    [InlineData("Duration (hrs)", "duration/-/Hours")]
    [InlineData("Duration (mins)", "duration/-/Minutes")]
    [InlineData("Goal for today’s meeting", "goal/sessionGoal/None")]
    [InlineData("Signature of Coach", "/-/None")]
    [InlineData("Unknown heading", "none")]
    [InlineData("", "none")]
    public void A_label_is_found_whatever_its_case_and_punctuation(string label, string expected)
    {
        Assert.Equal(expected, Meaning(FormLabels.Find(label)));
    }

    [Fact]
    public void A_cell_over_140_characters_is_never_a_label()
    {
        var at140 = "Client" + new string(' ', 134);
        Assert.Equal("clientRef/-/None", Meaning(FormLabels.Find(at140)));
        Assert.Equal("none", Meaning(FormLabels.Find(at140 + " ")));
    }

    [Theory]
    [InlineData("Client Ref/ID: C1", "clientRef/-/None", "C1")]
    [InlineData("Session date____12/03/2025", "sessionDate/-/None", "12/03/2025")]
    [InlineData("Date: 12/03/2025 at 10:00", "sessionDate/-/None", "12/03/2025 at 10:00")]
    [InlineData("Duration:\t 1 hour ", "duration/-/None", "1 hour")]
    [InlineData("Date:", "sessionDate/-/None", "")]
    public void A_label_and_its_value_in_one_line_are_read_apart(string line, string meaning, string value)
    {
        var found = FormLabels.FindWithValue(line);
        Assert.NotNull(found);
        Assert.Equal((meaning, value), (Meaning(found.Value.Meaning), found.Value.Value));
    }

    [Theory]
    [InlineData(": C1")]
    [InlineData("Unknown label: value")]
    [InlineData("No separator here")]
    public void A_line_without_a_known_label_before_its_separator_has_none(string line)
    {
        Assert.Null(FormLabels.FindWithValue(line));
    }

    [Fact]
    public void The_label_before_a_separator_is_at_most_80_characters()
    {
        var at80 = "Client" + new string(' ', 74);
        Assert.Equal("C1", FormLabels.FindWithValue(at80 + ": C1")?.Value);
        Assert.Null(FormLabels.FindWithValue(at80 + " : C1"));
    }

    [Theory]
    [InlineData("Coaching Diary", DocumentKinds.CoachingDiary)]
    [InlineData("Coaching log", DocumentKinds.CoachingDiary)]
    [InlineData("Session record", DocumentKinds.CoachingDiary)]
    [InlineData("Coaching record", DocumentKinds.CoachingDiary)]
    [InlineData("Record of coaching sessions", DocumentKinds.CoachingDiary)]
    [InlineData("Log of coaching hours", DocumentKinds.CoachingDiary)]
    [InlineData("My coaching sessions", DocumentKinds.CoachingDiary)]
    [InlineData("Record of my coaching", DocumentKinds.CoachingDiary)]
    [InlineData("Log of my coaching practice", DocumentKinds.CoachingDiary)]
    [InlineData("Reflective Log", DocumentKinds.ReflectiveLog)]
    [InlineData("Reflection log", DocumentKinds.ReflectiveLog)]
    [InlineData("My reflective journal", DocumentKinds.ReflectiveLog)]
    [InlineData("Reflections:", DocumentKinds.ReflectiveLog)]
    [InlineData("Reflection", DocumentKinds.ReflectiveLog)]
    [InlineData("My reflections", DocumentKinds.ReflectiveLog)]
    [InlineData("Session reflections", DocumentKinds.ReflectiveLog)]
    [InlineData("Feedback to coach", DocumentKinds.ClientFeedback)]
    [InlineData("Client feedback form", DocumentKinds.ClientFeedback)]
    [InlineData("Coachee feedback", DocumentKinds.ClientFeedback)]
    [InlineData("Feedback on the learner's coaching practice", DocumentKinds.ObservationFeedback)]
    [InlineData("Observation of coaching", DocumentKinds.ObservationFeedback)]
    [InlineData("Supervision", DocumentKinds.SupervisionRecord)]
    [InlineData("Record of coaching supervision", DocumentKinds.SupervisionRecord)]
    [InlineData("Discussion with supervisor", DocumentKinds.SupervisionRecord)]
    [InlineData("Meeting with my supervisor", DocumentKinds.SupervisionRecord)]
    [InlineData("Supervisor discussion notes", DocumentKinds.SupervisionRecord)]
    [InlineData("CPD plan", DocumentKinds.DevelopmentPlan)]
    [InlineData("Personal development plan", DocumentKinds.DevelopmentPlan)]
    [InlineData("Continuous professional development", DocumentKinds.DevelopmentPlan)]
    [InlineData("Unit mark sheet", FormLabels.MarkSheetForm)]
    [InlineData("Assessor result sheet", FormLabels.OtherForm)]
    [InlineData("Portfolio evidence matrix", FormLabels.OtherForm)]
    public void A_title_says_which_form_follows(string title, string form)
    {
        Assert.Equal(form, FormLabels.FormFromTitle(title));
    }

    [Theory]
    // An AC heading or a unit heading that names a form is not that form's title.
    [InlineData("AC 1.1 coaching diary")]
    [InlineData("Unit 302 coaching diary")]
    [InlineData("Chapter one")]
    [InlineData("My reflections on the coaching")]
    [InlineData("")]
    public void Other_lines_introduce_no_form(string title)
    {
        Assert.Null(FormLabels.FormFromTitle(title));
    }

    [Fact]
    public void A_title_is_at_most_90_characters()
    {
        var at90 = "Coaching diary" + new string(' ', 76);
        Assert.Equal(DocumentKinds.CoachingDiary, FormLabels.FormFromTitle(at90));
        Assert.Null(FormLabels.FormFromTitle(at90 + " "));
    }

    [Theory]
    [InlineData(DocumentKinds.CoachingDiary, "Coaching Diary")]
    [InlineData(DocumentKinds.ReflectiveLog, "Reflective Log")]
    [InlineData(DocumentKinds.ClientFeedback, "Client feedback")]
    [InlineData(DocumentKinds.ObservationFeedback, "Observation feedback")]
    [InlineData(DocumentKinds.SupervisionRecord, "Supervision")]
    [InlineData(DocumentKinds.DevelopmentPlan, "Development plan")]
    [InlineData(DocumentKinds.HoursLog, "Hours log")]
    [InlineData(FormLabels.MarkSheetForm, "Mark sheet")]
    [InlineData(null, "")]
    [InlineData("result-sheet", "result-sheet")]
    public void Each_form_has_a_title_for_locations(string? form, string title)
    {
        Assert.Equal(title, FormLabels.Title(form));
    }
}
