using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Column headings that are not known labels, read by their words: every word HeaderVocabulary knows, the order in
/// which meanings win when a heading has words of two, and the headings it refuses. Expected meanings are written as
/// "field/section/hint" ("-" for none); "ignored" is a heading that names a column nobody counts.
/// </summary>
public class HeaderVocabularyTests
{
    private static string Meaning(string heading) => HeaderVocabulary.Classify(heading) switch
    {
        null => "none",
        { Field: "" } m => "ignored" + (m.Section is null ? "" : "/" + m.Section),
        var m => $"{m.Field}/{m.Section ?? "-"}/{m.Hint}",
    };

    [Theory]
    [InlineData("Feedback", "feedback/sessionFeedback/None")]
    [InlineData("Reflection", "reflection/reflection/None")]
    [InlineData("Reflections", "reflection/reflection/None")]
    [InlineData("Learning", "reflection/reflection/None")]
    [InlineData("Focus", "goal/sessionGoal/None")]
    [InlineData("Topic", "goal/sessionGoal/None")]
    [InlineData("Topics", "goal/sessionGoal/None")]
    [InlineData("Goal", "goal/sessionGoal/None")]
    [InlineData("Goals", "goal/sessionGoal/None")]
    [InlineData("Theme", "goal/sessionGoal/None")]
    [InlineData("Purpose", "goal/sessionGoal/None")]
    [InlineData("Objective", "goal/sessionGoal/None")]
    [InlineData("Objectives", "goal/sessionGoal/None")]
    [InlineData("Notes", "ignored")]
    [InlineData("Comments", "ignored")]
    [InlineData("Outcome", "ignored")]
    [InlineData("Outcomes", "ignored")]
    [InlineData("Summary", "ignored")]
    [InlineData("Actions", "ignored")]
    [InlineData("Client", "clientRef/-/None")]
    [InlineData("Coachee", "clientRef/-/None")]
    [InlineData("Learner", "clientRef/-/None")]
    [InlineData("Individual", "clientRef/-/None")]
    [InlineData("Clients", "clientRef/-/None")]
    [InlineData("Coachees", "clientRef/-/None")]
    [InlineData("Start", "startTime/-/None")]
    [InlineData("From", "startTime/-/None")]
    [InlineData("Began", "startTime/-/None")]
    [InlineData("End", "endTime/-/None")]
    [InlineData("Finish", "endTime/-/None")]
    [InlineData("Finished", "endTime/-/None")]
    [InlineData("To", "endTime/-/None")]
    [InlineData("Hours", "duration/-/Hours")]
    [InlineData("Hrs", "duration/-/Hours")]
    [InlineData("Hr", "duration/-/Hours")]
    [InlineData("Hour", "duration/-/Hours")]
    [InlineData("H", "duration/-/Hours")]
    [InlineData("Minutes", "duration/-/Minutes")]
    [InlineData("Mins", "duration/-/Minutes")]
    [InlineData("Min", "duration/-/Minutes")]
    [InlineData("Duration", "duration/-/None")]
    [InlineData("Length", "duration/-/None")]
    [InlineData("Time", "duration/-/None")]
    [InlineData("Spent", "duration/-/None")]
    [InlineData("Date", "sessionDate/-/None")]
    [InlineData("When", "sessionDate/-/None")]
    [InlineData("Day", "sessionDate/-/None")]
    [InlineData("Session", "sessionNumber/-/None")]
    [InlineData("No.", "sessionNumber/-/None")]
    [InlineData("Number", "sessionNumber/-/None")]
    [InlineData("#", "sessionNumber/-/None")]
    public void Each_word_has_its_meaning(string heading, string expected)
    {
        Assert.Equal(expected, Meaning(heading));
    }

    [Theory]
    // What the column is about wins over who or which session it is about.
    [InlineData("Feedback from coachee (summary)", "feedback/sessionFeedback/None")]
    [InlineData("Coachee reflections", "reflection/reflection/None")]
    [InlineData("Focus of session", "goal/sessionGoal/None")]
    [InlineData("Session notes", "ignored")]
    [InlineData("Coachee initials", "clientRef/-/None")]
    [InlineData("Time from", "startTime/-/None")]
    [InlineData("Finish time", "endTime/-/None")]
    [InlineData("Duration (hrs)", "duration/-/Hours")]
    [InlineData("Time (mins)", "duration/-/Minutes")]
    [InlineData("Time spent with client", "clientRef/-/None")]
    [InlineData("Length of session", "duration/-/None")]
    [InlineData("Date of session (dd/mm/yy)", "sessionDate/-/None")]
    [InlineData("Session no", "sessionNumber/-/None")]
    // A slash separates words.
    [InlineData("Start/finish", "startTime/-/None")]
    [InlineData("Mins/session", "duration/-/Minutes")]
    // A column for the date and the time it started holds dates, not durations.
    [InlineData("Date/time", "sessionDate/-/None")]
    [InlineData("Date and time of session", "sessionDate/-/None")]
    [InlineData("Day and time", "sessionDate/-/None")]
    [InlineData("When (time)", "sessionDate/-/None")]
    public void A_heading_with_words_of_two_meanings_has_the_first_in_order(string heading, string expected)
    {
        Assert.Equal(expected, Meaning(heading));
    }

    [Theory]
    [InlineData("Total hours")]
    [InlineData("Subtotal (mins)")]
    [InlineData("Target date")]
    [InlineData("Signature of coachee")]
    [InlineData("Signed by client")]
    [InlineData("Session 1")]
    [InlineData("Client 2 hours")]
    [InlineData("Venue")]
    [InlineData("")]
    [InlineData("   ")]
    public void Totals_signatures_numbered_headings_and_unknown_words_have_none(string heading)
    {
        Assert.Equal("none", Meaning(heading));
    }

    [Fact]
    public void A_heading_up_to_60_characters_is_read_and_a_longer_one_is_not()
    {
        var at60 = "Client" + new string(' ', 53) + "x";
        Assert.Equal(60, at60.Length);
        Assert.Equal("clientRef/-/None", Meaning(at60));
        Assert.Equal("none", Meaning(at60 + "x"));
    }
}
