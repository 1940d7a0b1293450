using System.Text;

namespace CoachingDocs.Core.Cohorts;

/// <summary>
/// Makes a file or folder name from roster text (a learner's name and number) that is safe on Windows, macOS and Linux
/// and inside a zip: no path separators, no "..", no control or reserved characters, no reserved device names, no
/// leading dots or trailing dots and spaces, and not too long.
/// </summary>
public static class SafeFileName
{
    public const int MaxLength = 80;

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string From(string text, string fallback = "learner")
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        var lastWasReplacement = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (builder.Length >= MaxLength) break;
            var keep = char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '(' or ')' or '\'' or ','
                || (c == '.' && builder.Length > 0 && char.IsLetterOrDigit(builder[^1]));
            if (keep && !(c == ' ' && (builder.Length == 0 || builder[^1] == ' ')))
            {
                builder.Append(c);
                lastWasReplacement = false;
            }
            else if (!keep && !lastWasReplacement && builder.Length > 0)
            {
                builder.Append('_');
                lastWasReplacement = true;
            }
        }
        var name = builder.ToString().Trim(' ', '.', '_');
        while (name.Contains("..", StringComparison.Ordinal))
            name = name.Replace("..", ".", StringComparison.Ordinal);
        if (name.Length == 0) return fallback;
        var stem = name.Split('.')[0];
        return ReservedNames.Contains(stem) ? "_" + name : name;
    }
}
