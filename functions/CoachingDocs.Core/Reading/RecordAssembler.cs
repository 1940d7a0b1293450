using System.Globalization;
using System.Text.RegularExpressions;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// Turns finished <see cref="RecordDraft"/>s into records of the form they belong to, interpreting dates and durations
/// and writing a warning, with its location, for everything it could not read or had to assume.
/// </summary>
internal sealed partial class RecordAssembler(DocumentReading reading)
{
    private int _sessionOrdinal;

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // "Client ref: 7" is client 7, as "Client 7" is: the word "ref" after "client" is part of the prefix.
    [GeneratedRegex(@"^(?:(?:client|coachee|individual)(?:\s*ref(?:/id)?)?|ref|id)\b[\s:#.\-]*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ClientPrefix();

    public void Flush(RecordDraft draft)
    {
        if (draft.IsEmpty) return;
        switch (draft.Form)
        {
            case DocumentKinds.CoachingDiary or DocumentKinds.HoursLog or null:
                AddSession(draft);
                break;
            case DocumentKinds.ReflectiveLog:
                if (draft.Get(FieldNames.SessionDate) is not null || draft.HasText(FieldNames.Reflection))
                    reading.Reflections.Add(new ReflectionRecord(Client(draft), Date(draft, FieldNames.SessionDate), Number(draft), draft.Location));
                break;
            case DocumentKinds.ClientFeedback:
                if (draft.HasContent)
                    reading.Feedback.Add(new FeedbackRecord(Client(draft), Date(draft, FieldNames.SessionDate), Number(draft), draft.Location));
                break;
            case DocumentKinds.SupervisionRecord:
                if (draft.HasContent)
                    reading.Supervision.Add(new SupervisionRecord(Date(draft, FieldNames.SessionDate), Minutes(draft, warnIfMissing: false), draft.Location));
                break;
            case DocumentKinds.ObservationFeedback:
                if (draft.HasContent)
                    reading.Observations.Add(new ObservationRecord(Date(draft, FieldNames.SessionDate), draft.Location));
                break;
            case DocumentKinds.DevelopmentPlan:
                if (Date(draft, FieldNames.SessionDate) is { } start) reading.PlanDates.Add(start);
                break;
        }
        foreach (var (value, at) in draft.PlanDates)
        {
            if (UkDateParser.Parse(value, allowMonthOnly: true) is { } date)
                reading.PlanDates.Add(date.Interpretation is null ? date.Date : EndOfMonth(date.Date));
            else if (value.Length > 0)
                Warn(WarningCodes.UnreadableDate, $"plan date \"{Short(value)}\" is not a date; it was left out of the plan's length", at);
        }
    }

    private void AddSession(RecordDraft draft)
    {
        var hasTimes = draft.Get(FieldNames.StartTime) is not null && draft.Get(FieldNames.EndTime) is not null;
        var isSession = draft.Get(FieldNames.Duration) is not null || hasTimes
            || (draft.Get(FieldNames.SessionDate) is not null && draft.Get(FieldNames.SessionNumber) is not null);
        if (!isSession) return;

        _sessionOrdinal++;
        var number = Number(draft);
        var location = draft.Location with { Session = number ?? _sessionOrdinal };
        var client = Client(draft);
        if (client is null) Warn(WarningCodes.MissingClient, "session has no client reference; it counts towards hours but not towards any individual", location);
        var date = Date(draft, FieldNames.SessionDate, location);
        if (date is null && draft.Get(FieldNames.SessionDate) is null)
            Warn(WarningCodes.MissingDate, "session has no date", location);
        reading.Sessions.Add(new SessionRecord(
            client, number, date, Minutes(draft, warnIfMissing: true, location), location,
            DurationText: draft.Get(FieldNames.Duration),
            HasReflection: draft.HasText(FieldNames.Reflection),
            HasFeedback: draft.HasText(FieldNames.Feedback),
            Mode: draft.Get(FormLabels.Mode),
            Payment: draft.Get(FormLabels.Payment)));
    }

    /// <summary>Minutes from the duration, or from start and end times; null (never a guess) when neither reads.</summary>
    private int? Minutes(RecordDraft draft, bool warnIfMissing, ReadLocation? at = null)
    {
        at ??= draft.Location;
        int? fromTimes = null;
        if (draft.Get(FieldNames.StartTime) is { } startText && draft.Get(FieldNames.EndTime) is { } endText)
        {
            var start = DurationParser.ParseTimeOfDay(startText);
            var end = DurationParser.ParseTimeOfDay(endText);
            fromTimes = start is { } s && end is { } e ? DurationParser.Between(s, e) : null;
        }

        if (draft.Fields.TryGetValue(FieldNames.Duration, out var field) && field.Value.Length > 0)
        {
            var reading1 = DurationParser.Parse(field.Value, field.Hint);
            if (reading1 is null)
            {
                if (fromTimes is { } t)
                {
                    Warn(WarningCodes.DurationFromTimes, $"duration \"{Short(field.Value)}\" is unreadable; {t} minutes taken from the start and end times", at);
                    return t;
                }
                return null; // the checker reports UNREADABLE_DURATION from DurationText
            }
            if (reading1.Interpretation is { } note) Warn(reading1.Code, $"duration \"{Short(field.Value)}\": {note}", at);
            if (fromTimes is { } times && times != reading1.Minutes)
                Warn(WarningCodes.DurationTimesDisagree, $"duration says {reading1.Minutes} minutes but the start and end times give {times}; the duration was used", at);
            return reading1.Minutes;
        }
        if (fromTimes is { } fromTimesOnly) return fromTimesOnly;
        if (warnIfMissing && draft.Get(FieldNames.StartTime) is not null)
            Warn(WarningCodes.UnreadableCell, "start and end times could not be read as clock times", at);
        return null;
    }

    private DateOnly? Date(RecordDraft draft, string field, ReadLocation? at = null)
    {
        if (draft.Get(field) is not { } text) return null;
        at ??= draft.Location;
        var date = UkDateParser.Parse(text);
        if (date is null)
        {
            Warn(WarningCodes.UnreadableDate, $"date \"{Short(text)}\" could not be read", at);
            return null;
        }
        if (date.Interpretation is { } note) Warn(date.Code, note, at);
        return date.Date;
    }

    private static int? Number(RecordDraft draft) =>
        draft.Get(FieldNames.SessionNumber) is { } text && Digits().Match(text) is { Success: true } m
        && int.TryParse(m.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Client(RecordDraft draft) => AsWritten(draft.Get(FieldNames.ClientRef) ?? draft.InheritedClientRef);

    /// <summary>A client reference as the learner wrote it (trimmed, without trailing punctuation): reports show it so.</summary>
    public static string? AsWritten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd(',', ';', ':', ' ');
        return ClientKey(s) is null ? null : s;
    }

    /// <summary>Only to match: "Client B", "client: B" and "B" are one individual.</summary>
    public static string? ClientKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = ClientPrefix().Replace(text.Trim(), "").Trim().TrimEnd('.', ',', ';');
        return s.Length == 0 ? null : s.ToUpperInvariant();
    }

    private static DateOnly EndOfMonth(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));

    public void Warn(string code, string message, ReadLocation at) => reading.Warnings.Add(new ReadWarning(code, message, at));

    public static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
