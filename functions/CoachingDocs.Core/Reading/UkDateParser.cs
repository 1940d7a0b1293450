using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// Reads dates as UK learners write them: "12/03/2025", "12.03.25", "12-3-2025", "12 March 2025", "Tue 4th Feb 2025",
/// "4th of February, 2025", "March 12, 2025", ISO "2025-03-12". Day-first unless the numbers only fit month-first
/// (then it says so). A weekday that does not match the date is reported, not corrected.
/// </summary>
public static partial class UkDateParser
{
    [GeneratedRegex(@"^(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{2}|\d{4})$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:(?<wd>[a-z]+)\.?,?\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>[a-z]+)\.?,?\s+(?<y>\d{4}|\d{2})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:(?<wd>[a-z]+)\.?,?\s+)?(?<mon>[a-z]+)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<mon>[a-z]+)\.?,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Reads a full date; null when the text is not one (or names no year).</summary>
    public static DateReading? Parse(string? text) => Parse(text, allowMonthOnly: false);

    /// <summary>Also accepts "March 2025" (as the 1st), for plans whose milestones are months.</summary>
    public static DateReading? Parse(string? text, bool allowMonthOnly)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength) return null;
        var s = Spaces().Replace(DurationParser.AsciiDigits(text.Trim().ToLowerInvariant(), out var digitsNote).Replace('\u00a0', ' '), " ").TrimEnd('.', ',');
        var reading = ParseNormalised(s, text, allowMonthOnly);
        if (reading is null) return null;
        if (digitsNote is not null) reading = reading with { Interpretation = Join(reading.Interpretation, digitsNote) };
        return allowMonthOnly ? reading : Plausible(reading, text);
    }

    /// <summary>No date is written in more characters than this.</summary>
    public const int MaxTextLength = 60;

    /// <summary>The ILM coaching qualifications these records evidence did not exist before 2000.</summary>
    public static readonly DateOnly EarliestPlausible = new(2000, 1, 1);

    /// <summary>
    /// A session or signature dated before 2000 or after today is read, but said: it is usually a typing slip ("2205").
    /// Plans (read with <c>allowMonthOnly</c>) are about the future and are not judged.
    /// </summary>
    private static DateReading Plausible(DateReading reading, string text)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string? why = reading.Date < EarliestPlausible ? $"\"{text.Trim()}\" is before 2000; check the year"
            : reading.Date > today.AddDays(1) ? $"\"{text.Trim()}\" is in the future; check the date"
            : null;
        return why is null ? reading : reading with { Interpretation = Join(reading.Interpretation, why), Code = WarningCodes.DateImplausible };
    }

    private static DateReading? ParseNormalised(string s, string text, bool allowMonthOnly)
    {

        if (Iso().Match(s) is { Success: true } iso)
            return Make(Int(iso, "y"), Int(iso, "m"), Int(iso, "d"), null);

        if (Numeric().Match(s) is { Success: true } num)
        {
            var (d, m, y) = (Int(num, "d"), Int(num, "m"), Year(num, out var yearNote));
            if (m > 12 && d <= 12)
                return Make(y, d, m, Join(yearNote, $"\"{text.Trim()}\" only makes sense month-first (US order); read as {m} {Months[d - 1]}"));
            return Make(y, m, d, yearNote);
        }

        if (DayMonthYear().Match(s) is { Success: true } dmy && MonthNumber(dmy.Groups["mon"].Value) is { } month1)
            return WithWeekday(Make(Year(dmy, out var note1), month1, Int(dmy, "d"), note1), dmy.Groups["wd"].Value, text);

        if (MonthDayYear().Match(s) is { Success: true } mdy && MonthNumber(mdy.Groups["mon"].Value) is { } month2)
            return WithWeekday(Make(Int(mdy, "y"), month2, Int(mdy, "d"), null), mdy.Groups["wd"].Value, text);

        if (allowMonthOnly && MonthYear().Match(s) is { Success: true } my && MonthNumber(my.Groups["mon"].Value) is { } month3)
            return Make(Int(my, "y"), month3, 1, "a month without a day; read as the whole month");

        return null;
    }

    private static DateReading? WithWeekday(DateReading? reading, string weekday, string text)
    {
        if (reading is null || weekday.Length == 0) return reading;
        var index = Array.FindIndex(Weekdays, w => weekday.Length >= 3 && w.StartsWith(weekday, StringComparison.Ordinal));
        if (index < 0) return null; // "Session 4 March 2025" is not a weekday: let the caller decide
        if ((int)reading.Date.DayOfWeek != index)
            return reading with { Interpretation = Join(reading.Interpretation, $"\"{text.Trim()}\": {reading.Date:d MMMM yyyy} is a {reading.Date.DayOfWeek}, not a {Weekdays[index]}") };
        return reading;
    }

    private static int? MonthNumber(string name)
    {
        if (name.Length < 3) return null;
        // Every abbreviation, "Sept" as much as "Sep", is the start of the month's name.
        var index = Array.FindIndex(Months, m => m.StartsWith(name, StringComparison.Ordinal));
        // Stryker disable once Conditional : an unknown name would give month 0, which Make refuses as no date
        return index < 0 ? null : index + 1;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Year(Match match, out string? note)
    {
        var y = Int(match, "y");
        note = null;
        // "0001" is year 1 (refused as no date), not "01": only a two-digit year is taken as this century.
        if (match.Groups["y"].Value.Length != 2) return y;
        // A two-digit year in a coaching record can only be this century: not worth a warning.
        return 2000 + y;
    }

    private static DateReading? Make(int y, int m, int d, string? note)
    {
        if (y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateReading(new DateOnly(y, m, d), note);
    }

    private static string Join(string? a, string b) => a is null ? b : a + "; " + b;
}
