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

    [GeneratedRegex(@"^(?:approx\.?|approximately|about|around|c\.|circa|~)\s*|\s*\(?(?:approx\.?|approximately)\)?$")]
    private static partial Regex Approximately();

    private static readonly (string Word, string Digits)[] NumberWords =
    [
        ("one and a half", "1.5"), ("two and a half", "2.5"), ("three and a half", "3.5"),
        ("an hour and a half", "1.5 hours"), ("and a half", ".5"),
        ("half an hour", "30 minutes"), ("half hour", "30 minutes"), ("quarter of an hour", "15 minutes"), ("an hour", "1 hour"), ("one", "1"), ("two", "2"),
        ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"), ("seven", "7"), ("eight", "8"), ("nine", "9"),
        ("ten", "10"), ("eleven", "11"), ("twelve", "12"), ("fifteen", "15"), ("twenty", "20"), ("thirty", "30"),
        ("forty-five", "45"), ("forty five", "45"), ("forty", "40"), ("sixty", "60"), ("ninety", "90"),
    ];

    /// <summary>Reads a duration; <paramref name="hint"/> says what a bare number means in this place.</summary>
    public static DurationReading? Parse(string? text, DurationUnitHint hint = DurationUnitHint.None) => Parse(text, hint, MaxSessionMinutes);

    /// <summary>No single session or supervision lasts a day; a stated total may be hundreds of hours.</summary>
    public const int MaxSessionMinutes = 24 * 60;

    public const int MaxTotalMinutes = 10_000 * 60;

    public static DurationReading? Parse(string? text, DurationUnitHint hint, int maxMinutes)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = Normalise(text);
        string? note = null;
        if (Approximately().IsMatch(s))
        {
            s = Approximately().Replace(s, "").Trim();
            note = "written as approximate";
        }
        if (s.Length == 0) return null;

        if (HoursDotMinutes().Match(s) is { Success: true } dotted)
        {
            // "1.30" is far more often one and a half hours written like a clock than 1.3 hours (78 minutes).
            var h = int.Parse(dotted.Groups["h"].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(dotted.Groups["m"].Value, CultureInfo.InvariantCulture);
            return Make(maxMinutes, h * 60m + m, Join(note, $"\"{dotted.Value}\" was read as {h}h {m:00}m, not decimal hours"));
        }
        if (Clock().Match(s) is { Success: true } clock)
        {
            var m = int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (m >= 60) return null;
            return Make(maxMinutes, int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture) * 60m + m, note);
        }
        if (HoursAndMinutes().Match(s) is { Success: true } hm)
        {
            var hours = decimal.Parse(hm.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minutes = hm.Groups["m"].Success ? decimal.Parse(hm.Groups["m"].Value, CultureInfo.InvariantCulture) : 0m;
            if (hm.Groups["m"].Success && (minutes >= 60 || hours != decimal.Truncate(hours))) return null;
            return Make(maxMinutes, hours * 60 + minutes, note);
        }
        if (MinutesOnly().Match(s) is { Success: true } mo)
            return Make(maxMinutes, decimal.Parse(mo.Groups["m"].Value, CultureInfo.InvariantCulture), note);
        if (Bare().Match(s) is { Success: true } bare)
        {
            var n = decimal.Parse(bare.Groups["n"].Value, CultureInfo.InvariantCulture);
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
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = Spaces().Replace(text.Trim().ToLowerInvariant(), " ");
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

    private static DurationReading? Make(int maxMinutes, decimal minutes, string? note)
    {
        if (minutes <= 0 || minutes > maxMinutes) return null;
        var whole = (int)Math.Round(minutes, MidpointRounding.AwayFromZero);
        if (whole != minutes) note = Join(note, $"{minutes.ToString("0.##", CultureInfo.InvariantCulture)} minutes rounded to {whole}");
        return new DurationReading(whole, note);
    }

    private static string Join(string? a, string b) => a is null ? b : a + "; " + b;

    private static string Normalise(string text)
    {
        var s = text.Trim().ToLowerInvariant()
            .Replace('\u00a0', ' ').Replace("½", ".5").Replace("¼", ".25").Replace("¾", ".75");
        s = DecimalComma().Replace(s, ".");
        s = s.Replace(" .5", ".5");
        s = Spaces().Replace(s, " ").Trim().TrimEnd('.');
        foreach (var (word, digits) in NumberWords)
            s = s.Replace(word, digits, StringComparison.Ordinal);
        s = s.Replace(" .5", ".5");
        if (s.StartsWith('.')) s = "0" + s;
        return s.Trim();
    }
}
