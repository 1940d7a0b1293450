using CoachingDocs.Core.OpenXml;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// What a table's column heading means when it is not one of the known labels, by the words in it: "Coachee
/// initials", "Learner", "Date of session (dd/mm/yy)", "Duration (hrs)", "Time (mins)", "Start", "Finish time". Used only
/// to find header rows, where a heading stands above a column of values; never for a label beside its value.
/// </summary>
internal static class HeaderVocabulary
{
    public static LabelMeaning? Classify(string text)
    {
        if (text.Length is 0 or > 60 || text.Any(char.IsDigit)) return null;
        var words = FormLabels.Normalise(text).Replace('/', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Has(params string[] any) => words.Any(w => any.Contains(w));
        if (Has("total", "subtotal", "target", "signature", "signed")) return null;
        // What the session was about or what was said comes first: "Focus of session", "Feedback from coachee (summary)".
        if (Has("feedback")) return new(FieldNames.Feedback, "sessionFeedback");
        if (Has("reflection", "reflections", "learning")) return new(FieldNames.Reflection, "reflection");
        if (Has("focus", "topic", "topics", "goal", "goals", "theme", "purpose", "objective", "objectives")) return new(FieldNames.Goal, "sessionGoal");
        if (Has("notes", "comments", "outcome", "outcomes", "summary", "actions")) return new(FormLabels.Ignored, null);
        if (Has("client", "coachee", "learner", "individual", "clients", "coachees")) return new(FieldNames.ClientRef, null);
        if (Has("start", "from", "began")) return new(FieldNames.StartTime, null);
        if (Has("end", "finish", "finished", "to")) return new(FieldNames.EndTime, null);
        if (Has("hours", "hrs", "hr", "hour", "h")) return new(FieldNames.Duration, null, DurationUnitHint.Hours);
        if (Has("minutes", "mins", "min")) return new(FieldNames.Duration, null, DurationUnitHint.Minutes);
        // "Date/time" is when the session was, not how long: "time" alone is a duration only without a date word.
        var isDate = Has("date", "when", "day");
        if (Has("duration", "length", "spent") || (Has("time") && !isDate)) return new(FieldNames.Duration, null);
        if (isDate) return new(FieldNames.SessionDate, null);
        if (Has("session", "no", "number", "#")) return new(FieldNames.SessionNumber, null);
        return null;
    }
}
