namespace CoachingDocs.Core.Validation;

/// <summary>
/// What XML 1.0 allows in text, which is what every Word and Excel part is: tab, line feed, carriage return,
/// U+0020-U+D7FF, U+E000-U+FFFD and U+10000-U+10FFFF as a proper surrogate pair. U+FFFE / U+FFFF, a lone surrogate or
/// NUL written into document.xml makes a file neither Word, LibreOffice nor the SDK can open. The Unicode
/// non-characters U+FDD0-U+FDEF and U+nFFFE/U+nFFFF are refused too: XML tolerates them, but they are never text.
/// </summary>
public static class XmlText
{
    /// <summary>Index of the first character that cannot be written, or null when the whole value can.</summary>
    public static int? FirstIllegal(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return i;
                var codePoint = char.ConvertToUtf32(c, value[i + 1]);
                if ((codePoint & 0xFFFE) == 0xFFFE) return i;
                i++;
                continue;
            }
            if (char.IsLowSurrogate(c)) return i;
            if (c < 0x20 && c is not ('\t' or '\n' or '\r')) return i;
            if (c is '\uFFFE' or '\uFFFF' || c is >= '\uFDD0' and <= '\uFDEF') return i;
        }
        return null;
    }

    /// <summary>"U+FFFF" for the character at <paramref name="index"/>, for a message that names it.</summary>
    public static string Describe(string value, int index) =>
        char.IsHighSurrogate(value[index]) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1])
            ? $"U+{char.ConvertToUtf32(value[index], value[index + 1]):X4}"
            : $"U+{(int)value[index]:X4}";
}
