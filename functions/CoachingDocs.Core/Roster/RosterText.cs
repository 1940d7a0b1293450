using System.Text;

namespace CoachingDocs.Core.Roster;

/// <summary>
/// Decodes a .csv roster the way spreadsheet programs write them: a byte-order mark says the encoding; without one,
/// text that is valid UTF-8 is UTF-8; anything else is Windows-1252 (what Excel on Windows saves as "CSV"), said in
/// a warning so a centre whose names look wrong knows why. "Zoë" must not become "Zo_" by decoding with the wrong table.
/// </summary>
internal static class RosterText
{
    public static (string Text, IReadOnlyList<string> Warnings) Decode(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8.GetString(bytes[3..]), []);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), []);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), []);
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return (Encoding.UTF8.GetString(bytes), []);

        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        return (windows1252.GetString(bytes),
            ["the roster is not UTF-8; it was read as Windows-1252 (Excel's \"CSV\" on Windows). Check accented names, or save it as \"CSV UTF-8\"."]);
    }
}
