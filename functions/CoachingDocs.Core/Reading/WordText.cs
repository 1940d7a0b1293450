using System.Text;
using System.Xml.Linq;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// The text of WordprocessingML as if every tracked change were accepted: inserted runs count, deleted and moved-away
/// runs do not, a deleted table row is gone, and of an mc:AlternateContent only the first choice is read (the
/// fallback repeats the same text for older readers).
/// </summary>
internal static class WordText
{
    public static string Of(XElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        return Clean(text.ToString());
    }

    public static bool IsRemoved(XElement element) =>
        element.Name == W.Del || element.Name == W.MoveFrom || element.Name == W.PPr || element.Name == W.RPr
        || element.Name == W.SdtPr || element.Name == W.InstrText || element.Name == W.Fallback
        || (element.Name == W.Tr && element.Element(W.TrPr)?.Element(W.Del) is not null);

    /// <summary>The single branch of an mc:AlternateContent to read.</summary>
    public static XElement? Chosen(XElement alternate) => alternate.Element(W.Choice) ?? alternate.Element(W.Fallback);

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name;
            if (name == W.T) text.Append(child.Value);
            else if (name == W.Tab || name == W.PTab) text.Append(' ');
            else if (name == W.Br || name == W.Cr) text.Append('\n');
            else if (name == W.NoBreakHyphen) text.Append('-');
            else if (name == W.AlternateContent)
            {
                if (Chosen(child) is { } chosen) Append(chosen, text);
            }
            else if (IsRemoved(child)) continue;
            else
            {
                Append(child, text);
                if (name == W.P || name == W.Tc) text.Append('\n');
            }
        }
    }

    /// <summary>Trims each line and drops blank lines, so "value" and "  value \n" compare equal.</summary>
    public static string Clean(string text)
    {
        if (text.Length == 0 || IsClean(text)) return text;
        text = text.Replace('\u00a0', ' ').Replace('\t', ' ');
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return string.Join('\n', lines.Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
    }

    /// <summary>Most runs of text need no cleaning; checking is far cheaper than splitting and joining.</summary>
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\t' or '\u00a0' or '\r' || (c == ' ' && text[i - 1] == ' ')) return false;
        }
        return true;
    }
}
