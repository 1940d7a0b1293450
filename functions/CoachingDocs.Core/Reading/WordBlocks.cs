using System.Xml.Linq;

namespace CoachingDocs.Core.Reading;

/// <summary>A document flattened into what the label reader needs: paragraphs and tables in reading order.</summary>
internal abstract record WordBlock;

/// <summary>A paragraph; <see cref="Level"/> is its heading level (1 for "Heading 1", 0 for a title), null for body text.</summary>
internal sealed record ParagraphBlock(string Text, bool IsHeading, int Number, int? Level = null) : WordBlock;

internal sealed record TableBlock(IReadOnlyList<TableRowBlock> Rows, int Number) : WordBlock;

internal sealed record TableRowBlock(IReadOnlyList<TableCellBlock> Cells, int Number);

/// <summary>
/// A cell with its grid column (after gridSpan). A vertically merged continuation cell carries the text of the cell it
/// continues, flagged, so a label merged down several rows still labels each row.
/// </summary>
internal sealed record TableCellBlock(string Text, IReadOnlyList<string> Lines, int GridColumn, int Span, bool Continued);

/// <summary>
/// Walks a body into <see cref="WordBlock"/>s through block-, row- and cell-level content controls, custom XML and
/// alternate content, skipping deleted rows. Nested tables come out as their own tables after the one holding them.
/// </summary>
internal sealed class WordBlockWalker
{
    private readonly Func<string?, bool> _isHeadingStyle;
    private readonly CancellationToken _cancellation;
    private readonly List<WordBlock> _blocks = [];
    private readonly List<ReadLocation> _cut = [];
    private int _paragraphs;
    private int _tables;

    private WordBlockWalker(Func<string?, bool> isHeadingStyle, CancellationToken cancellation)
    {
        _isHeadingStyle = isHeadingStyle;
        _cancellation = cancellation;
    }

    public static IReadOnlyList<WordBlock> Walk(XElement body, Func<string?, bool> isHeadingStyle) => Walk(body, isHeadingStyle, default, out _);

    /// <summary>
    /// The blocks; <paramref name="cutFields"/> are the paragraphs and table rows whose text was cut at
    /// <see cref="WordText.MaxFieldChars"/> (locations without a document name). Cancellation is looked at per
    /// paragraph and per table.
    /// </summary>
    public static IReadOnlyList<WordBlock> Walk(XElement body, Func<string?, bool> isHeadingStyle, CancellationToken cancellation,
        out IReadOnlyList<ReadLocation> cutFields)
    {
        var walker = new WordBlockWalker(isHeadingStyle, cancellation);
        walker.WalkBlocks(body);
        cutFields = walker._cut;
        return walker._blocks;
    }

    private void WalkBlocks(XElement container) => XmlWalk.Elements(container, this, static (child, walker) =>
    {
        if (child.Name == W.P) walker.AddParagraph(child);
        else if (child.Name == W.Tbl) walker.AddTables(child);
        else if (child.Name == W.AlternateContent) return WordText.Chosen(child);
        else if (child.Name == W.Sdt) return child.Element(W.SdtContent);
        else if (!WordText.IsRemoved(child) && child.HasElements && child.Name != W.Tr && child.Name != W.Tc) return child;
        return null;
    });

    private void AddParagraph(XElement p)
    {
        _paragraphs++;
        // Stryker disable once Equality,Bitwise,Statement : "!= 0", "|" or no look only change which paragraphs look at the token (every 64th, all but every 64th, or none: the next table or the reader's next step looks), i.e. how soon a cancelled token is noticed
        if ((_paragraphs & 63) == 0) _cancellation.ThrowIfCancellationRequested();
        var text = WordText.Of(p, out var cut);
        if (cut) _cut.Add(new ReadLocation("", Paragraph: _paragraphs));
        if (text.Length == 0) return;
        var pPr = p.Element(W.PPr);
        var style = pPr?.Element(W.PStyle)?.Attribute(W.Val)?.Value;
        var outline = pPr?.Element(W.OutlineLvl)?.Attribute(W.Val)?.Value;
        var heading = _isHeadingStyle(style) || outline is not null;
        _blocks.Add(new ParagraphBlock(text, heading, _paragraphs, heading ? LevelOf(style, outline) : null));
    }

    /// <summary>A table, then the tables nested in it (each after the one holding it), with a work list, not recursion.</summary>
    /// <summary>"Heading3" or "berschrift3" is level 3, an outline level n is n + 1, a title 0; otherwise 1.</summary>
    private static int LevelOf(string? style, string? outline)
    {
        if (int.TryParse(outline, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var o) && o < 9) return o + 1;
        if (style is { Length: > 0 } && char.IsDigit(style[^1])) return style[^1] - '0';
        return style is not null && style.Contains("title", StringComparison.OrdinalIgnoreCase) ? 0 : 1;
    }

    private void AddTables(XElement outermost)
    {
        var pending = new Stack<XElement>();
        pending.Push(outermost);
        while (pending.Count > 0)
        {
            var nested = AddTable(pending.Pop());
            for (var i = nested.Count - 1; i >= 0; i--) pending.Push(nested[i]);
        }
    }

    /// <summary>Adds one table's rows; returns the tables nested in its cells, in document order.</summary>
    private List<XElement> AddTable(XElement tbl)
    {
        var number = ++_tables;
        _cancellation.ThrowIfCancellationRequested();
        var rows = new List<TableRowBlock>();
        var nested = new List<XElement>();
        var above = new Dictionary<int, TableCellBlock>();
        foreach (var tr in Rows(tbl))
        {
            var cells = new List<TableCellBlock>();
            var column = 0;
            var cut = false;
            foreach (var tc in Cells(tr))
            {
                var tcPr = tc.Element(W.TcPr);
                var span = int.TryParse(tcPr?.Element(W.GridSpan)?.Attribute(W.Val)?.Value, out var s) && s > 0 ? s : 1;
                var vMerge = tcPr?.Element(W.VMerge);
                var continued = vMerge is not null && vMerge.Attribute(W.Val)?.Value is null or "continue";
                if (tcPr?.Element(W.HMerge) is { } hMerge && hMerge.Attribute(W.Val)?.Value is null or "continue")
                {
                    column += span;
                    continue; // the legacy horizontal merge: the first cell holds the text
                }
                TableCellBlock cell;
                if (continued && above.TryGetValue(column, out var origin))
                {
                    cell = origin with { Continued = true };
                    CellLines(tc, nested, ref cut);
                }
                else
                {
                    var lines = CellLines(tc, nested, ref cut);
                    // Stryker disable once Conditional : joining a single line gives that line
                    cell = new TableCellBlock(lines.Count == 1 ? lines[0] : string.Join('\n', lines), lines, column, span, false);
                }
                above[column] = cell;
                cells.Add(cell);
                column += span;
            }
            rows.Add(new TableRowBlock(cells, rows.Count + 1));
            if (cut) _cut.Add(new ReadLocation("", Table: number, Row: rows.Count));
        }
        _blocks.Add(new TableBlock(rows, number));
        return nested;
    }

    private static List<string> CellLines(XElement tc, List<XElement> nestedTables, ref bool cut)
    {
        var lines = new List<string>(1);
        var paragraphs = new List<XElement>(2);
        ParagraphsOutsideNestedTables(tc, nestedTables, paragraphs);
        foreach (var p in paragraphs)
        {
            var text = WordText.Of(p, out var cutHere);
            cut |= cutHere;
            if (text.Length == 0) continue;
            if (text.Contains('\n')) lines.AddRange(text.Split('\n'));
            else lines.Add(text);
        }
        return lines;
    }

    /// <summary>The cell's paragraphs, in order; the tables nested in it are collected to be walked after this one.</summary>
    private static void ParagraphsOutsideNestedTables(XElement container, List<XElement> nestedTables, List<XElement> paragraphs) =>
        XmlWalk.Elements(container, (nestedTables, paragraphs), static (child, found) =>
        {
            if (child.Name == W.P) found.paragraphs.Add(child);
            else if (child.Name == W.Tbl) found.nestedTables.Add(child);
            else if (WordText.IsRemoved(child) || child.Name == W.TcPr) return null;
            else if (child.Name == W.AlternateContent) return WordText.Chosen(child);
            else return child;
            return null;
        });

    /// <summary>Rows, including those inside row-level content controls and custom XML; deleted rows are skipped.</summary>
    private static List<XElement> Rows(XElement tbl) => Children(tbl, W.Tr, new List<XElement>());

    private static List<XElement> Cells(XElement tr) => Children(tr, W.Tc, new List<XElement>(4));

    private static List<XElement> Children(XElement parent, XName wanted, List<XElement> found)
    {
        XmlWalk.Elements(parent, (wanted, found), static (child, state) =>
        {
            if (child.Name == state.wanted) { if (!WordText.IsRemoved(child)) state.found.Add(child); }
            else if (child.Name == W.Sdt) return child.Element(W.SdtContent);
            else if (child.Name == W.AlternateContent) return WordText.Chosen(child);
            else if (!WordText.IsRemoved(child) && child.Name.LocalName is "customXml" or "ins" or "moveTo") return child;
            return null;
        });
        return found;
    }
}
