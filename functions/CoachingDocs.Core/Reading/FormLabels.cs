using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// What a label means: a field (<see cref="FieldNames"/>) and/or a template section, for documents read without tags.
/// A label with neither is still a label (so the cell after it is its value, and it is never mistaken for one).
/// </summary>
internal sealed record LabelMeaning(string? Field, string? Section, DurationUnitHint Hint = DurationUnitHint.None);

/// <summary>
/// The labels of our templates and of the ILM handbook's forms (seeds/002 Appendix 5, seeds/000 Appendix B), and the
/// titles that say which form follows. Matching is on normalised text: case, punctuation, underscores and a trailing
/// colon do not matter.
/// </summary>
internal static class FormLabels
{
    // Field names that exist only for reading (plans, marks), beside the shared FieldNames.
    public const string PlanDate = "planDate";
    public const string PlanStart = "planStart";
    public const string Supervisor = "supervisor";
    public const string Mode = "mode";
    public const string Payment = "payment";
    public const string Ignored = "";

    private static readonly Dictionary<string, LabelMeaning> Labels = Build();

    private static Dictionary<string, LabelMeaning> Build()
    {
        var map = new Dictionary<string, LabelMeaning>(StringComparer.Ordinal);
        void Add(LabelMeaning meaning, params string[] labels)
        {
            foreach (var label in labels) map[Normalise(label)] = meaning;
        }

        Add(new(FieldNames.ClientRef, null), "Client Ref/ID", "Client Ref", "Client ID", "Client", "Client reference", "Coachee",
            "Coachee ref", "Coachee ref/ID", "Individual", "Client name", "Client initials", "Client code", "Coachee name", "Client/Coachee",
            // The legacy D3 forms call the people coached "learners" ("Learner 1"); the coach is the "Learner Name".
            "Learner", "Learner coached", "Learners");
        Add(new(FieldNames.SessionNumber, null), "Session No.", "Session number", "Session #", "Session", "No.", "Session no./date");
        Add(new(FieldNames.SessionDate, null), "Date of Session", "Session date", "Date", "Date of coaching", "Date of supervision",
            "Supervision date", "Date of observation", "Date of meeting");
        Add(new(FieldNames.Duration, null), "Duration", "Duration of session", "Session duration", "Length of session", "Session length",
            "Time spent", "Length", "Time", "Duration of supervision", "Supervision duration");
        Add(new(FieldNames.Duration, null, DurationUnitHint.Hours), "Hours", "Duration (hours)", "Duration (hrs)", "Hours coached",
            "No. of hours", "Number of hours", "Session hours", "Supervision hours");
        Add(new(FieldNames.Duration, null, DurationUnitHint.Minutes), "Minutes", "Duration (minutes)", "Duration (mins)", "Mins");
        Add(new(FieldNames.StartTime, null), "Start time", "Start", "Time started", "From");
        Add(new(FieldNames.EndTime, null), "End time", "End", "Finish time", "Finish", "Time finished", "To");
        Add(new(FieldNames.Goal, "sessionGoal"), "Goal for today's meeting", "Goal", "Goals", "Session goal", "Goal for the session",
            "Topic", "Topic/goal");
        Add(new(FieldNames.Options, "sessionOptions"), "Options generated to achieve goal", "Options", "Options generated");
        Add(new(null, "sessionActions"), "Chosen option & target date", "Willingness of client to complete action", "Actions",
            "Actions agreed", "Agreed actions", "Next steps", "Way forward", "Will");
        Add(new(null, "sessionFeedback"), "Feedback you gave to the client", "Feedback given to the client", "Feedback given");
        Add(new(FieldNames.Feedback, "sessionFeedback"), "Feedback from coachee on the coaching session", "Feedback from coachee",
            "Feedback from client", "Client feedback", "Coachee feedback", "Feedback received", "Feedback");
        // The reflective log's sections as the seed's form groups its questions (templates/reflective-log.docx): the
        // questioning and listening answers are "whatHappened" (the communication skills of 8585 AC 3.3), the feedback
        // questions "reflection", the improvement "actions"; a general reflection is "reflection", key learning the entry.
        Add(new(FieldNames.Reflection, "reflection"), "Reflection", "Reflections", "My reflection", "Reflection on the session",
            "Coach reflection", "Reflective notes", "Reflection on session",
            "What was the impact of the feedback given to the client at this session?", "What feedback did you receive from the client?");
        Add(new(FieldNames.Reflection, "whatHappened"), "How well did you use questioning in the session? Please give examples",
            "How well did you use listening in the session? Please give examples");
        Add(new(FieldNames.Reflection, "sessionOverall"), "What happened", "Summary of session", "Session summary",
            "Own reflections on the session overall", "Details of models, techniques and tools used");
        Add(new(FieldNames.Reflection, "relationship"), "Relationship management (remaining ethical and non-judgmental)");
        // GROW's "Reality" is the client's situation, written in the session record: no reflection on the coaching.
        Add(new(null, SectionNames.SessionRecord), "Reality/current situation", "Reality", "Current situation");
        Add(new(FieldNames.Reflection, "entry"), "What I learned", "Learning", "Key learning", "Learning points", "What did I learn?");
        Add(new(FieldNames.Reflection, "actions"), "How could you improve your coaching for the next session?", "What will I do differently",
            "Improvements for next session");
        Add(new(FieldNames.ExceptionalReason, null), "Exceptional circumstances", "Reason for a third individual", "Reason for third individual",
            "Exceptional reason", "Reason for additional individual", "Exceptional circumstances (third individual)");
        Add(new(FieldNames.TotalHours, null, DurationUnitHint.Hours), "Total number of hours completed", "Total hours", "Total hours completed",
            "Total", "Total coaching hours", "Hours completed", "Total duration");
        Add(new(FieldNames.PlanMonths, null), "Plan length (months)", "Plan covers (months)", "Months covered", "Plan duration (months)", "Period of plan (months)");
        Add(new(FieldNames.LearnerName, null), "Name of Coach", "Coach", "Coach name", "Learner name");
        Add(new(FieldNames.StartDate, null), "Start Date of Activity", "Start date", "Date started");
        Add(new(FieldNames.SupervisorName, null), "Name of supervisor/tutor", "Supervisor", "Supervisor name", "Name of supervisor", "Observer");
        Add(new(Ignored, null), "Date and venue of next session", "Next session", "Signature of Coach", "Signature of Coachee",
            "Signature of Client", "Signature of Stakeholder(s)", "Observation/Recording", "Number of Sessions", "Planned duration of the sessions",
            "Key coach attributes", "Please rate your coach", "Location", "Centre name", "Centre number", "Registration number",
            "Learner registration no", "Unit", "Review of client's progress from last session (if applicable)", "Review of progress");
        Add(new(Ignored, "clientPlan"), "Brief profile of the client", "What are the anticipated benefits of coaching for this client?",
            "Where will you meet for the sessions?", "What makes this venue suitable?",
            "Coaching plan", "Client profile");
        Add(new(Ignored, "clientGoals"), "What are the client's goals or outcomes, relevant to their context?", "Client's goals", "Overall goals");
        Add(new(Ignored, "diagnostics"), "Name of diagnostic used", "Client's learning style", "Other diagnostic tools if used & results",
            "Outcome of diagnostics used with the client", "Diagnostic", "Diagnostics used");
        Add(new(Ignored, "swot"), "Strengths", "Weaknesses / areas for development", "Weaknesses", "Opportunities", "Threats / barriers", "Threats");
        Add(new(Ignored, "outcomes"), "Summarise below the outcomes of a supervision session with your tutor", "Outcomes",
            "Outcomes of supervision", "Supervision outcomes", "Summary of outcomes");
        Add(new(Ignored, "supervision"), "Issues discussed", "Topics discussed", "What was discussed");
        Add(new(Ignored, "actions"), "What will you do now to improve your coaching practice?", "Actions for my practice");
        Add(new(Ignored, "mostUseful"), "Please describe your overall experience of coaching with your coach and to what extent you achieved your goals",
            "What was most useful?", "Most useful");
        Add(new(Ignored, "improve"), "If you have given any low scores, please suggest how your coach could improve?", "What could be improved?");
        Add(new(Ignored, "ratings"), "Builds rapport", "Is non-judgemental", "Shows listening skills", "Uses questioning skills to help me self-reflect",
            "Has a structured approach to sessions", "Is friendly", "Helps me set my goals", "Shows empathy", "Shows respect", "Is supportive",
            "Maintains confidentiality", "Has patience", "Gives feedback when appropriate", "Accepts feedback", "Helps me achieve my goals");
        Add(new(Ignored, "strengths"), "Building a rapport", "Following a process", "Listening", "Questioning", "Giving feedback",
            "Asking for feedback", "Other", "Skills and knowledge observed", "Comment on the coaching practice observed");
        Add(new(Ignored, "developmentAreas"), "Areas for development", "Development areas");
        Add(new(Ignored, "objectives"), "Area for Development", "How will I do it?", "What support will I need, including resources?",
            "What will success look like?", "Objective", "SMART objective", "Measure of success");
        Add(new(PlanDate, null), "When will I do it?", "By when", "Target date", "Timescale", "Review date", "Deadline");
        Add(new(Ignored, null), "End Date of Activity", "Number of sessions planned", "Signature of supervisor/tutor", "Notes", "Comments",
            "Unit title", "poor", "Score (1-10)",
            // The evidence matrices' "Name of learner" heads the learner details, which LearnerDetailsReader reads.
            "Name of learner");
        Add(new(Ignored, "ratings"), "excellent");
        Add(new(FieldNames.Reflection, "entry"), "What key learning from this session will support your continuous professional development?");
        Add(new(Ignored, "supervision"), "What did you bring to supervision (clients, sessions, issues)?");
        Add(new(Ignored, "observation"), "Overall comments of the supervisor/tutor", "Observer comments");
        Add(new(Ignored, "reviews"), "Progress against my objectives", "Progress review", "Progress", "Progress made");
        Add(new(PlanDate, null), "Plan end date", "End date of plan");
        Add(new(Mode, null), "Individual/group", "Individual or group", "Type", "Session type", "Group/individual");
        Add(new(Payment, null), "Paid/pro bono", "Paid or pro bono", "Paid", "Pro bono", "Payment");
        // The legacy D3.03 diary as centres lay it out from the unit's task (000 Appendix B: identify the learning needs
        // and styles, summarise the agreed learning goals, plan and organise each session, a discussion with the
        // supervisor): a table per part, one row a learner, under the column headings below.
        Add(new(Ignored, "diagnostics"), "Learning needs", "Learning style / preference", "Learning style", "Learning styles",
            "Learning style or preference", "Learning styles or preferences", "Learning needs and learning styles");
        Add(new(Ignored, "clientGoals"), "Learning goals agreed", "Agreed learning goals", "Learning goals");
        Add(new(Ignored, "clientPlan"), "Venue", "Planned venue");
        Add(new(FieldNames.Goal, "sessionGoal"), "Learning goals for this session", "Learning goals for the session");
        Add(new(Ignored, "outcomes"), "Outcomes of the discussion", "Outcomes of discussion", "Outcomes of the discussion with the supervisor");
        return map;
    }

    private static readonly Dictionary<string, LabelMeaning>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Called for nearly every cell of every document, so it normalises into a stack buffer and allocates nothing.</summary>
    public static LabelMeaning? Find(string text) => Find(text.AsSpan());

    public static LabelMeaning? Find(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text.Length > 140) return null;
        Span<char> buffer = stackalloc char[text.Length];
        var length = NormaliseInto(text, buffer);
        return Lookup.TryGetValue(buffer[..length], out var meaning) ? meaning : null;
    }

    /// <summary>"Client Ref/ID: C1" or "Session date____12/03/2025": a label and its value in one cell or paragraph.</summary>
    public static (LabelMeaning Meaning, string Value)? FindWithValue(string text)
    {
        var separator = text.IndexOfAny([':', '_']);
        // Stryker disable once Equality : a separator at 0 leaves an empty label, which Find refuses too
        if (separator <= 0 || separator > 80) return null;
        return Find(text.AsSpan(0, separator)) is { } meaning ? (meaning, text[separator..].TrimStart(':', '_', ' ', '\t').Trim()) : null;
    }

    public static string Normalise(string text)
    {
        // Stryker disable once Conditional,Equality : the stack and the heap buffer give the same text; only the allocation differs
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..NormaliseInto(text, buffer)]);
    }

    /// <summary>Lower case; letters, digits and / &amp; # kept; apostrophes, dots and brackets dropped; other runs become one space.</summary>
    private static int NormaliseInto(ReadOnlySpan<char> text, Span<char> output)
    {
        var length = 0;
        // Stryker disable once Boolean : a pending space is only written after a character, so starting with one changes nothing
        var space = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '/' or '&')
            {
                // "Paid / Pro bono" and "Paid/pro bono" are one label.
                output[length++] = c;
                // Stryker disable once Boolean : the character after a '/' or '&' clears the pending space itself
                space = false;
                // Stryker disable once Statement : without it the '/' sets a pending space, which the next character clears as above
                continue;
            }
            if (char.IsLetterOrDigit(c) || c == '#')
            {
                if (length > 0 && output[length - 1] is '/' or '&') space = false;
                if (space && length > 0) output[length++] = ' ';
                output[length++] = c;
                space = false;
            }
            // Stryker disable once Statement : the continue is the loop's last statement; what it skips is the space below
            else if (c is '\'' or '\u2019' or '.' or '(' or ')') continue;
            else space = true;
        }
        return length;
    }

    /// <summary>The form a short title paragraph introduces, or null. Mark sheets, result sheets and matrices are "other".</summary>
    public static string? FormFromTitle(string text)
    {
        if (text.Length is 0 or > 90) return null;
        var t = text.ToLowerInvariant();
        if (t.StartsWith("ac", StringComparison.Ordinal) || t.StartsWith("unit 30", StringComparison.Ordinal)) return null;
        if (t.Contains("mark sheet")) return MarkSheetForm;
        if (t.Contains("result sheet") || t.Contains("evidence matrix")) return OtherForm;
        if (t.Contains("coaching diary") || t.Contains("coaching log") || t.Contains("session record") || t.Contains("coaching record")) return DocumentKinds.CoachingDiary;
        if (t.Contains("reflective log") || t.Contains("reflection log") || t.Contains("reflective journal")) return DocumentKinds.ReflectiveLog;
        // "Reflections" over a list of entries; "Record of coaching sessions", "Log of coaching hours".
        if (t.TrimEnd(':', ' ') is "reflections" or "reflection" or "my reflections" or "session reflections") return DocumentKinds.ReflectiveLog;
        if (t.Contains("coaching") && (t.Contains("record") || t.Contains("log") || t.Contains("sessions") || t.Contains("hours")) && !t.Contains("supervision"))
            return DocumentKinds.CoachingDiary;
        if (t.Contains("feedback to coach") || t.Contains("client feedback") || t.Contains("coachee feedback")) return DocumentKinds.ClientFeedback;
        if (t.Contains("feedback on the learner") || t.Contains("observation")) return DocumentKinds.ObservationFeedback;
        if (t.Contains("supervision") || t.Contains("with supervisor") || t.Contains("with my supervisor") || t.Contains("supervisor discussion")) return DocumentKinds.SupervisionRecord;
        if (t.Contains("cpd plan") || t.Contains("development plan") || t.Contains("continuous professional development")) return DocumentKinds.DevelopmentPlan;
        return null;
    }

    public const string MarkSheetForm = "mark-sheet";
    public const string OtherForm = "other";

    public static string Title(string? form) => form switch
    {
        DocumentKinds.CoachingDiary => "Coaching Diary",
        DocumentKinds.ReflectiveLog => "Reflective Log",
        DocumentKinds.ClientFeedback => "Client feedback",
        DocumentKinds.ObservationFeedback => "Observation feedback",
        DocumentKinds.SupervisionRecord => "Supervision",
        DocumentKinds.DevelopmentPlan => "Development plan",
        DocumentKinds.HoursLog => "Hours log",
        MarkSheetForm => "Mark sheet",
        null => "",
        _ => form,
    };
}
