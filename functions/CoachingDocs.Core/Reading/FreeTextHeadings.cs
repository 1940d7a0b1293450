using System.Globalization;
using System.Text.RegularExpressions;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// Reads the one-line headings of free-format diaries: "Session 3 — 14/05/2025 — 75 minutes — Client B",
/// "Session 4: Tue 4th Feb 2025, 1h 30m, client A", "Supervision 1 - 20/05/2025 - 1 hour", "Reflection on session 3".
/// Each part between separators is tried as a date, a duration, a client or a time range, in that order.
/// </summary>
internal static partial class FreeTextHeadings
{
    [GeneratedRegex(@"^(?:coaching\s+)?session\s*(?:no\.?|number|#)?\s*(?<n>\d{1,3})\b\s*[:.\-–—|,]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SessionHeading();

    [GeneratedRegex(@"^supervision(?:\s+session)?\s*(?:no\.?|#)?\s*(?<n>\d{1,3})?\b\s*[:.\-–—|,]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SupervisionHeading();

    [GeneratedRegex(@"^(?:reflection|reflective log|reflective entry)s?\s*(?:on|for|[-–—:])?\s*(?:session\s*(?<n>\d{1,3}))?\s*[:.\-–—|,]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReflectionHeading();

    [GeneratedRegex(@"^(?:client|coachee)\s+feedback(?:\s+form)?\s*(?:on|for|[-–—:])?\s*(?:session\s*(?<n>\d{1,3}))?\s*[:.\-–—|,]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackHeading();

    [GeneratedRegex(@"\s+[-–—|]\s+|\s*[–—|;]\s*|,\s+(?!\d{4}\b)")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:with\s+)?(?:client|coachee|individual)\s*(?:ref(?:/id)?)?\s*[:#]?\s*(?<c>\S.{0,30})$", RegexOptions.IgnoreCase)]
    private static partial Regex ClientPart();

    [GeneratedRegex(@"\d\s*(?:h|hr|hrs|hour|hours|m|min|mins|minutes)\b|\b(?:hours?|hrs?|mins?|minutes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeDuration();

    /// <summary>The form and fields a heading line starts, or null when the line is not such a heading.</summary>
    public static (string Form, List<(string Field, string Value)> Fields)? Read(string line, bool isHeading)
    {
        if (line.Length > 160) return null;
        Match m;
        string form;
        if ((m = SessionHeading().Match(line)).Success) form = DocumentKinds.CoachingDiary;
        else if ((m = SupervisionHeading().Match(line)).Success && (m.Groups["n"].Success || m.Groups["rest"].Value.Length > 0)) form = DocumentKinds.SupervisionRecord;
        else if ((m = ReflectionHeading().Match(line)).Success && (m.Groups["n"].Success || m.Groups["rest"].Value.Length > 0)) form = DocumentKinds.ReflectiveLog;
        else if ((m = FeedbackHeading().Match(line)).Success) form = DocumentKinds.ClientFeedback;
        else return null;

        var fields = new List<(string, string)>();
        if (m.Groups["n"].Success) fields.Add((FieldNames.SessionNumber, m.Groups["n"].Value));
        var rest = m.Groups["rest"].Value.Trim();
        // "Session 3 went well" is a sentence; "Session 3: goal setting" styled as a heading is a heading.
        // A form title ("Reflective Log – Units 301/302") is not an entry: other forms need a number or a date.
        if (rest.Length > 0 && !ReadParts(rest, fields) && (!isHeading || form != DocumentKinds.CoachingDiary)) return null;
        return (form, fields);
    }

    /// <summary>False when no part read as anything, meaning the line is a sentence, not a heading.</summary>
    private static bool ReadParts(string rest, List<(string Field, string Value)> fields)
    {
        var any = false;
        foreach (var raw in Separators().Split(rest))
        {
            var part = raw.Trim().Trim('(', ')', '.'); // an empty part reads as nothing below
            if (UkDateParser.Parse(part) is not null) fields.Add((FieldNames.SessionDate, part));
            else if (DurationParser.Parse(part) is not null) fields.Add((FieldNames.Duration, part));
            // The reference as written ("Client 1", "Coachee A"), without a leading "with".
            else if (ClientPart().IsMatch(part)) fields.Add((FieldNames.ClientRef, part.StartsWith("with ", StringComparison.OrdinalIgnoreCase) ? part[5..].Trim() : part));
            // Looks like a duration but does not read as one: keep it, so the checker reports it as unreadable.
            else if (LooksLikeDuration().IsMatch(part)) fields.Add((FieldNames.Duration, part));
            else continue;
            any = true;
        }
        return any;
    }

    public static int? SessionNumberIn(List<(string Field, string Value)> fields) =>
        fields.FirstOrDefault(f => f.Field == FieldNames.SessionNumber).Value is { } n
        && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
}
