using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The labels a document without our tags is read by, meaning by meaning: the ILM forms' own (seeds/002 Appendix 5,
/// seeds/000 Appendix B) and the variants centres and learners write. Each meaning is "field/section/hint" ("(none)"
/// for a label that is a label but no field, an empty field for one whose value nobody counts). This is the reader's
/// vocabulary as a list a centre can check its forms against: a change here is a change to what documents read, so a
/// label added to or dropped from FormLabels is added to or dropped from this list in the same change.
/// </summary>
public class FormLabelVocabularyTests
{
    private static string Meaning(LabelMeaning? m) => m is null ? "not a label" : $"{m.Field ?? "(none)"}/{m.Section ?? "-"}/{m.Hint}";

    [Theory]
    [InlineData("clientRef/-/None", new[] { "Client Ref/ID", "Client Ref", "Client ID", "Client", "Client reference", "Coachee", "Coachee ref", "Coachee ref/ID", "Individual", "Client name", "Client initials", "Client code", "Coachee name", "Client/Coachee", "Learner", "Learner coached", "Learners" })]
    [InlineData("sessionNumber/-/None", new[] { "Session No.", "Session number", "Session #", "Session", "No.", "Session no./date" })]
    [InlineData("sessionDate/-/None", new[] { "Date of Session", "Session date", "Date", "Date of coaching", "Date of supervision", "Supervision date", "Date of observation", "Date of meeting" })]
    [InlineData("duration/-/None", new[] { "Duration", "Duration of session", "Session duration", "Length of session", "Session length", "Time spent", "Length", "Time", "Duration of supervision", "Supervision duration" })]
    [InlineData("duration/-/Hours", new[] { "Hours", "Duration (hours)", "Duration (hrs)", "Hours coached", "No. of hours", "Number of hours", "Session hours", "Supervision hours" })]
    [InlineData("duration/-/Minutes", new[] { "Minutes", "Duration (minutes)", "Duration (mins)", "Mins" })]
    [InlineData("startTime/-/None", new[] { "Start time", "Start", "Time started", "From" })]
    [InlineData("endTime/-/None", new[] { "End time", "End", "Finish time", "Finish", "Time finished", "To" })]
    [InlineData("goal/sessionGoal/None", new[] { "Goal for today's meeting", "Goal", "Goals", "Session goal", "Goal for the session", "Topic", "Topic/goal", "Learning goals for this session", "Learning goals for the session" })]
    [InlineData("options/sessionOptions/None", new[] { "Options generated to achieve goal", "Options", "Options generated" })]
    [InlineData("(none)/sessionActions/None", new[] { "Chosen option & target date", "Willingness of client to complete action", "Actions", "Actions agreed", "Agreed actions", "Next steps", "Way forward", "Will" })]
    [InlineData("(none)/sessionFeedback/None", new[] { "Feedback you gave to the client", "Feedback given to the client", "Feedback given" })]
    [InlineData("feedback/sessionFeedback/None", new[] { "Feedback from coachee on the coaching session", "Feedback from coachee", "Feedback from client", "Client feedback", "Coachee feedback", "Feedback received", "Feedback" })]
    [InlineData("reflection/reflection/None", new[] { "Reflection", "Reflections", "My reflection", "Reflection on the session", "Coach reflection", "Reflective notes", "Reflection on session", "What was the impact of the feedback given to the client at this session?", "What feedback did you receive from the client?" })]
    [InlineData("reflection/whatHappened/None", new[] { "How well did you use questioning in the session? Please give examples", "How well did you use listening in the session? Please give examples" })]
    [InlineData("reflection/sessionOverall/None", new[] { "What happened", "Summary of session", "Session summary", "Own reflections on the session overall", "Details of models, techniques and tools used" })]
    [InlineData("reflection/relationship/None", new[] { "Relationship management (remaining ethical and non-judgmental)" })]
    [InlineData("(none)/sessionRecord/None", new[] { "Reality/current situation", "Reality", "Current situation" })]
    [InlineData("reflection/entry/None", new[] { "What I learned", "Learning", "Key learning", "Learning points", "What did I learn?", "What key learning from this session will support your continuous professional development?" })]
    [InlineData("reflection/actions/None", new[] { "How could you improve your coaching for the next session?", "What will I do differently", "Improvements for next session" })]
    [InlineData("exceptionalReason/-/None", new[] { "Exceptional circumstances", "Reason for a third individual", "Reason for third individual", "Exceptional reason", "Reason for additional individual", "Exceptional circumstances (third individual)" })]
    [InlineData("totalHours/-/Hours", new[] { "Total number of hours completed", "Total hours", "Total hours completed", "Total", "Total coaching hours", "Hours completed", "Total duration" })]
    [InlineData("planMonths/-/None", new[] { "Plan length (months)", "Plan covers (months)", "Months covered", "Plan duration (months)", "Period of plan (months)" })]
    [InlineData("learnerName/-/None", new[] { "Name of Coach", "Coach", "Coach name", "Learner name" })]
    [InlineData("startDate/-/None", new[] { "Start Date of Activity", "Start date", "Date started" })]
    [InlineData("supervisorName/-/None", new[] { "Name of supervisor/tutor", "Supervisor", "Supervisor name", "Name of supervisor", "Observer" })]
    [InlineData("/-/None", new[] { "Date and venue of next session", "Next session", "Signature of Coach", "Signature of Coachee", "Signature of Client", "Signature of Stakeholder(s)", "Observation/Recording", "Number of Sessions", "Planned duration of the sessions", "Key coach attributes", "Please rate your coach", "Location", "Centre name", "Centre number", "Registration number", "Learner registration no", "Unit", "Review of client's progress from last session (if applicable)", "Review of progress", "End Date of Activity", "Number of sessions planned", "Signature of supervisor/tutor", "Notes", "Comments", "Unit title", "poor", "Score (1-10)", "Name of learner" })]
    [InlineData("/clientPlan/None", new[] { "Brief profile of the client", "What are the anticipated benefits of coaching for this client?", "Where will you meet for the sessions?", "What makes this venue suitable?", "Coaching plan", "Client profile", "Venue", "Planned venue" })]
    [InlineData("/clientGoals/None", new[] { "What are the client's goals or outcomes, relevant to their context?", "Client's goals", "Overall goals", "Learning goals agreed", "Agreed learning goals", "Learning goals" })]
    [InlineData("/diagnostics/None", new[] { "Name of diagnostic used", "Client's learning style", "Other diagnostic tools if used & results", "Outcome of diagnostics used with the client", "Diagnostic", "Diagnostics used", "Learning needs", "Learning style / preference", "Learning style", "Learning styles", "Learning style or preference", "Learning styles or preferences", "Learning needs and learning styles" })]
    [InlineData("/swot/None", new[] { "Strengths", "Weaknesses / areas for development", "Weaknesses", "Opportunities", "Threats / barriers", "Threats" })]
    [InlineData("/outcomes/None", new[] { "Summarise below the outcomes of a supervision session with your tutor", "Outcomes", "Outcomes of supervision", "Supervision outcomes", "Summary of outcomes", "Outcomes of the discussion", "Outcomes of discussion", "Outcomes of the discussion with the supervisor" })]
    [InlineData("/supervision/None", new[] { "Issues discussed", "Topics discussed", "What was discussed", "What did you bring to supervision (clients, sessions, issues)?" })]
    [InlineData("/actions/None", new[] { "What will you do now to improve your coaching practice?", "Actions for my practice" })]
    [InlineData("/mostUseful/None", new[] { "Please describe your overall experience of coaching with your coach and to what extent you achieved your goals", "What was most useful?", "Most useful" })]
    [InlineData("/improve/None", new[] { "If you have given any low scores, please suggest how your coach could improve?", "What could be improved?" })]
    [InlineData("/ratings/None", new[] { "Builds rapport", "Is non-judgemental", "Shows listening skills", "Uses questioning skills to help me self-reflect", "Has a structured approach to sessions", "Is friendly", "Helps me set my goals", "Shows empathy", "Shows respect", "Is supportive", "Maintains confidentiality", "Has patience", "Gives feedback when appropriate", "Accepts feedback", "Helps me achieve my goals", "excellent" })]
    [InlineData("/strengths/None", new[] { "Building a rapport", "Following a process", "Listening", "Questioning", "Giving feedback", "Asking for feedback", "Other", "Skills and knowledge observed", "Comment on the coaching practice observed" })]
    [InlineData("/developmentAreas/None", new[] { "Areas for development", "Development areas" })]
    [InlineData("/objectives/None", new[] { "Area for Development", "How will I do it?", "What support will I need, including resources?", "What will success look like?", "Objective", "SMART objective", "Measure of success" })]
    [InlineData("planDate/-/None", new[] { "When will I do it?", "By when", "Target date", "Timescale", "Review date", "Deadline", "Plan end date", "End date of plan" })]
    [InlineData("/observation/None", new[] { "Overall comments of the supervisor/tutor", "Observer comments" })]
    [InlineData("/reviews/None", new[] { "Progress against my objectives", "Progress review", "Progress", "Progress made" })]
    [InlineData("mode/-/None", new[] { "Individual/group", "Individual or group", "Type", "Session type", "Group/individual" })]
    [InlineData("payment/-/None", new[] { "Paid/pro bono", "Paid or pro bono", "Paid", "Pro bono", "Payment" })]
    public void Each_label_has_its_meaning(string meaning, string[] labels)
    {
        var wrong = labels.Where(label => Meaning(FormLabels.Find(label)) != meaning).Select(label => $"\"{label}\" is {Meaning(FormLabels.Find(label))}").ToList();
        Assert.True(wrong.Count == 0, $"expected {meaning}: " + string.Join("; ", wrong));
    }
}
