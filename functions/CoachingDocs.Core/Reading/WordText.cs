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
    /// <summary>
    /// Most text one field collects (64 K characters, the parser's cap on one text node): a field past it is a pasted
    /// book or an attack, and reading on would only cost memory; the caller is told so it can say where.
    /// </summary>
    public const int MaxFieldChars = Packaging.GuardedXmlReader.MaxTextChars;

    public static string Of(XElement element) => Of(element, out _);

    /// <summary>The element's text, cut at <see cref="MaxFieldChars"/>; <paramref name="cut"/> says whether it was.</summary>
    public static string Of(XElement element, out bool cut)
    {
        var text = new TextCollector();
        Append(element, ref text);
        cut = text.Cut;
        return Clean(text.ToString());
    }

    /// <summary>Most paragraphs are one run of text: keep that string as it is and only build when there is more.</summary>
    private struct TextCollector
    {
        private string? _single;
        private StringBuilder? _builder;
        private int _length;

        /// <summary>True once text past <see cref="MaxFieldChars"/> was met and dropped.</summary>
        public bool Cut { get; private set; }

        public void Append(string value)
        {
            // Stryker disable once Statement : the only caller stops collecting as soon as Cut is set, so nothing is appended after it
            if (Cut) return;
            if (_length + value.Length > MaxFieldChars)
            {
                value = value[..(MaxFieldChars - _length)];
                Cut = true;
            }
            _length += value.Length;
            if (_builder is not null) _builder.Append(value);
            else if (_single is null) _single = value;
            // Stryker disable once Linq,Arithmetic : only the builder's first capacity; it grows as text is appended, and Math.Max keeps it positive
            else _builder = new StringBuilder(_single, Math.Max(64, (_single.Length + value.Length) * 2)).Append(value);
        }

        public void Append(char value)
        {
            // Stryker disable once Statement : the only caller stops collecting as soon as Cut is set, so nothing is appended after it
            if (Cut) return;
            if (++_length > MaxFieldChars)
            {
                Cut = true;
                return;
            }
            _builder ??= new StringBuilder(_single ?? "", 64);
            _builder.Append(value);
        }

        public override readonly string ToString() => _builder?.ToString() ?? _single ?? "";
    }

    public static bool IsRemoved(XElement element) =>
        element.Name == W.Del || element.Name == W.MoveFrom || element.Name == W.PPr || element.Name == W.RPr
        || element.Name == W.SdtPr || element.Name == W.InstrText || element.Name == W.Fallback
        || (element.Name == W.Tr && element.Element(W.TrPr)?.Element(W.Del) is not null);

    /// <summary>The single branch of an mc:AlternateContent to read.</summary>
    public static XElement? Chosen(XElement alternate) => alternate.Element(W.Choice) ?? alternate.Element(W.Fallback);

    /// <summary>
    /// Walked by sibling links with an explicit stack rather than by recursion: this runs for every paragraph and must
    /// not allocate, and a hostile paragraph nesting 100,000 elements must not overflow the stack.
    /// </summary>
    private static void Append(XElement element, ref TextCollector text)
    {
        Stack<(XNode? Next, bool NewLine)>? stack = null;
        var node = element.FirstNode;
        while (!text.Cut)
        {
            if (node is null)
            {
                if (stack is null || stack.Count == 0) return;
                var (next, newLine) = stack.Pop();
                if (newLine) text.Append('\n');
                node = next;
                continue;
            }
            if (node is not XElement child)
            {
                node = node.NextNode;
                continue;
            }
            var name = child.Name;
            XElement? inner = null;
            if (name == W.T) text.Append(TextOf(child));
            else if (name == W.Tab || name == W.PTab) text.Append(' ');
            else if (name == W.Br || name == W.Cr) text.Append('\n');
            else if (name == W.NoBreakHyphen) text.Append('-');
            else if (name == W.AlternateContent) inner = Chosen(child);
            else if (!IsRemoved(child)) inner = child;
            if (inner?.FirstNode is null)
            {
                if (inner is not null && (name == W.P || name == W.Tc)) text.Append('\n');
                node = child.NextNode;
                continue;
            }
            (stack ??= new Stack<(XNode?, bool)>()).Push((child.NextNode, name == W.P || name == W.Tc));
            node = inner.FirstNode;
        }
    }

    /// <summary>A w:t's text; XElement.Value would recurse through whatever a hostile file nests inside it.</summary>
    private static string TextOf(XElement t)
    {
        // Stryker disable once Equality : the general path concatenates the same single text node
        if (t.FirstNode is XText only && only.NextNode is null) return only.Value;
        if (t.FirstNode is null) return "";
        return string.Concat(t.DescendantNodes().OfType<XText>().Select(x => x.Value));
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
            // Stryker disable once Equality,Arithmetic : IsClean is only a shortcut: text it wrongly calls unclean goes through Clean, which leaves clean text as it is, and a space never starts or ends text reaching the loop
            if (c is '\n' or '\t' or '\u00a0' or '\r' || (c == ' ' && text[i - 1] == ' ')) return false;
        }
        // Stryker disable once Boolean : IsClean is only a shortcut: Clean leaves clean text as it is
        return true;
    }
}
