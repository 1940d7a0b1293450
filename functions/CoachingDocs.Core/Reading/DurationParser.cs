using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachingDocs.Core.Reading;

/// <summary>What a bare number means where it was found: a column headed "Minutes" settles it, "Duration" does not.</summary>
public enum DurationUnitHint
{
    None,
    Hours,
    Minutes,
}

/// <summary>
/// Reads a session length as people write it: "1.5 hrs", "90 mins", "1h 30m", "1h30", "1:30", "2", "1 hour 15 minutes",
/// "half an hour", "10:00-11:30". Returns null for text that is not a duration rather than guessing.
/// </summary>
public static partial class DurationParser
{
    private const string HourWord = @"(?:h|hr|hrs|hour|hours)\.?";
    private const string MinuteWord = @"(?:m|min|mins|minute|minutes)\.?";

    [GeneratedRegex(@"^(?<h>\d+(?:\.\d+)?)\s*" + HourWord + @"(?:\s*(?:and|,|&)?\s*(?<m>\d+(?:\.\d+)?)\s*(?:" + MinuteWord + @")?)?$")]
    private static partial Regex HoursAndMinutes();

    [GeneratedRegex(@"^(?<m>\d+(?:\.\d+)?)\s*" + MinuteWord + "$")]
    private static partial Regex MinutesOnly();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})(?::00)?(?:\s*" + HourWord + ")?$")]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(?<h>\d{1,2})\.(?<m>15|30|45)(?:\s*" + HourWord + ")?$")]
    private static partial Regex HoursDotMinutes();

    [GeneratedRegex(@"^(?<n>\d+(?:\.\d+)?)$")]
    private static partial Regex Bare();

    [GeneratedRegex(@"^(?<a>.+?)\s*(?:-|–|—|to|until)\s*(?<b>.+)$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2})(?::00)?)?\s*(?<ampm>am|pm|a\.m\.|p\.m\.)?$")]
    private static partial Regex TimeOfDayPattern();

    [GeneratedRegex(@"(?<=\d),(?=\d)")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:approximately|approx\.?|about|around|c\.|circa|~)\s*|\s*\(?(?:approx\.?|approximately)\)?$")]
    private static partial Regex Approximately();

    private static readonly (string Word, string Digits)[] NumberWords =
    [
        ("one and a half", "1.5"), ("two and a half", "2.5"), ("three and a half", "3.5"),
        ("an hour and a half", "1.5 hours"), ("and a half", ".5"),
        ("half an hour", "30 minutes"), ("half hour", "30 minutes"), ("quarter of an hour", "15 minutes"), ("an hour", "1 hour"),
        // A phrase before any word inside it: "forty-five" before "five", "sixty" before "six", "ninety" before "nine".
        ("forty-five", "45"), ("forty five", "45"), ("forty", "40"), ("sixty", "60"), ("ninety", "90"),
        ("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"), ("seven", "7"), ("eight", "8"), ("nine", "9"),
        ("ten", "10"), ("eleven", "11"), ("twelve", "12"), ("fifteen", "15"), ("twenty", "20"), ("thirty", "30"),
    ];

    /// <summary>Reads a duration; <paramref name="hint"/> says what a bare number means in this place.</summary>
    public static DurationReading? Parse(string? text, DurationUnitHint hint = DurationUnitHint.None) => Parse(text, hint, MaxSessionMinutes);

    /// <summary>No single session or supervision lasts a day; a stated total may be hundreds of hours.</summary>
    public const int MaxSessionMinutes = 24 * 60;

    public const int MaxTotalMinutes = 10_000 * 60;

    /// <summary>Longest single coaching session or supervision that is read without a plausibility warning.</summary>
    public const int PlausibleSessionMinutes = 8 * 60;

    /// <summary>No duration is written in more characters than this; a 20 MB "duration" is not read at all.</summary>
    public const int MaxTextLength = 100;

    /// <summary>Above this, a number is not hours or minutes of anything (and multiplying it could overflow).</summary>
    private const decimal MaxNumber = 1_000_000m;

    public static DurationReading? Parse(string? text, DurationUnitHint hint, int maxMinutes)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength) return null;
        var (s, note) = Normalise(text);
        var reading = ParseNormalised(s, hint, maxMinutes, note);
        // A figure beyond what one sitting can hold is read, but said: "20 hours" in one session is rarely true.
        if (reading is { } r && maxMinutes <= MaxSessionMinutes && r.Minutes > PlausibleSessionMinutes)
            return r with
            {
                Interpretation = Join(r.Interpretation, $"{r.Minutes / 60m:0.##} hours is longer than one session plausibly lasts (over {PlausibleSessionMinutes / 60} h); check it"),
                Code = WarningCodes.DurationImplausible,
            };
        return reading;
    }

    private static DurationReading? ParseNormalised(string s, DurationUnitHint hint, int maxMinutes, string? note)
    {
        if (Approximately().IsMatch(s))
        {
            s = Approximately().Replace(s, "").Trim();
            note = Join(note, "written as approximate");
        }
        if (s.Length == 0) return null;

        if (HoursDotMinutes().Match(s) is { Success: true } dotted)
        {
            // "1.30" is far more often one and a half hours written like a clock than 1.3 hours (78 minutes).
            var h = int.Parse(dotted.Groups["h"].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(dotted.Groups["m"].Value, CultureInfo.InvariantCulture);
            // Stryker disable once Equality : h.15, h.30 and h.45 never make exactly 480 minutes, so "> 480" and ">= 480" agree
            if (maxMinutes <= MaxSessionMinutes && h * 60 + m > PlausibleSessionMinutes) return null; // "10.30" is a time of day
            return Make(maxMinutes, h * 60m + m, Join(note, $"\"{dotted.Value}\" was read as {h}h {m:00}m, not decimal hours"));
        }
        if (Clock().Match(s) is { Success: true } clock)
        {
            var h = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture);
            // "1:30" is a length; "14:00" is when it started. Beyond 8 hours, h:mm is a time of day, never read as a duration.
            if (m >= 60 || (maxMinutes <= MaxSessionMinutes && h * 60 + m > PlausibleSessionMinutes)) return null;
            return Make(maxMinutes, h * 60m + m, note);
        }
        if (HoursAndMinutes().Match(s) is { Success: true } hm)
        {
            if (Number(hm.Groups["h"].Value) is not { } hours) return null;
            var minutes = hm.Groups["m"].Success ? Number(hm.Groups["m"].Value) : 0m;
            if (minutes is null) return null;
            if (hm.Groups["m"].Success && (minutes >= 60 || hours != decimal.Truncate(hours))) return null;
            return Make(maxMinutes, hours * 60 + minutes.Value, note);
        }
        if (MinutesOnly().Match(s) is { Success: true } mo)
            return Number(mo.Groups["m"].Value) is { } mins ? Make(maxMinutes, mins, note) : null;
        if (Bare().Match(s) is { Success: true } bare)
        {
            if (Number(bare.Groups["n"].Value) is not { } n) return null;
            return hint switch
            {
                DurationUnitHint.Hours => Make(maxMinutes, n * 60, note),
                DurationUnitHint.Minutes => Make(maxMinutes, n, note),
                // Nobody coaches for 15 hours in one go, and nobody writes a 2-minute session: the size tells the unit.
                _ when n <= 8 => Make(maxMinutes, n * 60, Join(note, $"a bare \"{bare.Value}\" was read as hours")),
                _ when n is >= 10 and <= 240 && n == decimal.Truncate(n) => Make(maxMinutes, n, Join(note, $"a bare \"{bare.Value}\" was read as minutes")),
                _ => null,
            };
        }
        if (Range().Match(s) is { Success: true } range
            && ParseTimeOfDay(range.Groups["a"].Value) is { } start && ParseTimeOfDay(range.Groups["b"].Value) is { } end)
        {
            var span = Between(start, end);
            // Stryker disable once Equality : Between gives null unless the end is after the start, and both times are whole minutes, so a span is never 0
            return span is > 0 ? new DurationReading(span.Value, note) : null;
        }
        return null;
    }

    /// <summary>Minutes from <paramref name="start"/> to <paramref name="end"/>; null when the end is not after the start.</summary>
    public static int? Between(TimeOnly start, TimeOnly end)
    {
        var minutes = (int)Math.Round((end - start).TotalMinutes);
        return end > start ? minutes : null;
    }

    /// <summary>A clock time: "09:00", "9.30", "2pm", "14:15".</summary>
    public static TimeOnly? ParseTimeOfDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength) return null;
        var s = Spaces().Replace(AsciiDigits(text.Trim().ToLowerInvariant(), out _), " ");
        var match = TimeOfDayPattern().Match(s);
        if (!match.Success) return null;
        var h = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var m = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var ampm = match.Groups["ampm"].Value;
        if (ampm.Length == 0 && !match.Groups["m"].Success) return null; // "9" alone is not a time
        if (ampm.StartsWith('p') && h < 12) h += 12;
        if (ampm.StartsWith('a') && h == 12) h = 0;
        if (h > 23 || m > 59) return null;
        return new TimeOnly(h, m);
    }

    /// <summary>A number that fits every sum made with it, or null ("99999999999999999999999999999 hours" is not read).</summary>
    private static decimal? Number(string digits) =>
        digits.Length <= 20 && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n <= MaxNumber ? n : null;

    private static DurationReading? Make(int maxMinutes, decimal minutes, string? note)
    {
        // Under half a minute ("0.0000001 hours") is not a session of 0 minutes: it is not a duration.
        if (minutes < 0.5m || minutes > maxMinutes) return null;
        var whole = (int)Math.Round(minutes, MidpointRounding.AwayFromZero);
        if (whole != minutes) note = Join(note, $"{minutes.ToString("0.##", CultureInfo.InvariantCulture)} minutes rounded to {whole}");
        return new DurationReading(whole, note);
    }

    private static string Join(string? a, string b) => a is null ? b : a + "; " + b;

    private static (string Text, string? Note) Normalise(string text)
    {
        var s = AsciiDigits(text.Trim().ToLowerInvariant(), out var digitsNote)
            .Replace('\u00a0', ' ').Replace("½", ".5").Replace("¼", ".25").Replace("¾", ".75");
        var note = digitsNote;
        if (DecimalComma().IsMatch(s))
        {
            // "1,5 hours" is continental for one and a half; said, because "1,500" would mean something else.
            note = Join(note, "a decimal comma was read as a decimal point");
            s = DecimalComma().Replace(s, ".");
        }
        s = s.Replace(" .5", ".5");
        s = Spaces().Replace(s, " ").Trim().TrimEnd('.');
        foreach (var (word, digits) in NumberWords)
            s = s.Replace(word, digits, StringComparison.Ordinal);
        s = s.Replace(" .5", ".5");
        if (s.StartsWith('.')) s = "0" + s;
        return (s.Trim(), note);
    }

    /// <summary>
    /// Digits of other scripts ("١٫٥", fullwidth "１") become 0-9, so every pattern and parse below sees only ASCII
    /// digits: .NET's \d matches them all, but int.Parse does not read them.
    /// </summary>
    internal static string AsciiDigits(string text, out string? note)
    {
        note = null;
        // Stryker disable once Equality : U+007F (DEL) is not a digit, so > and >= pick the same characters
        if (!text.Any(c => c > '\u007f' && char.IsDigit(c))) return text;
        note = "digits of another script were read as 0-9";
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                // Stryker disable once Equality : as above, U+007F is not a digit
                span[i] = source[i] > '\u007f' && char.IsDigit(source[i]) ? (char)('0' + (int)char.GetNumericValue(source[i])) : source[i];
        });
    }
}
