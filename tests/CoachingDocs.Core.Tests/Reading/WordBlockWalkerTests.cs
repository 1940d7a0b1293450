using System.Xml.Linq;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// What the block walker makes of a Word body: heading levels, cell texts and grid columns, merges, tracked changes,
/// alternate content and the per-field character cut. Every body is hand-written WordprocessingML, parsed as it stands.
/// </summary>
public class WordBlockWalkerTests
{
    private const int Max = WordText.MaxFieldChars;

    /// <summary>The style ids this test's documents define as headings ("" stands for a style id left empty).</summary>
    private static bool IsHeadingStyle(string? id) => id is "Heading3" or "Title" or "Subtitle" or "Heading" or "MyHeading" or "";

    private static XElement Body(string xml) => XElement.Parse(
        $"<w:body xmlns:w=\"{WNs}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        $"xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">{xml}</w:body>");

    private static IReadOnlyList<WordBlock> Walk(string xml) => WordBlockWalker.Walk(Body(xml), IsHeadingStyle);

    private static IReadOnlyList<WordBlock> Walk(string xml, out IReadOnlyList<ReadLocation> cut) =>
        WordBlockWalker.Walk(Body(xml), IsHeadingStyle, default, out cut);

    private static string Para(string? style, string? outline, string text) =>
        $"<w:p><w:pPr>{(style is null ? "" : $"<w:pStyle w:val=\"{style}\"/>")}{(outline is null ? "" : $"<w:outlineLvl w:val=\"{outline}\"/>")}</w:pPr>" +
        $"<w:r><w:t>{text}</w:t></w:r></w:p>";

    private static string[][] CellTexts(TableBlock table) => [.. table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray())];

    private static int[][] Columns(TableBlock table) => [.. table.Rows.Select(r => r.Cells.Select(c => c.GridColumn).ToArray())];

    [Theory]
    [InlineData("Heading3", null, 3)]      // the digit the style id ends in
    [InlineData(null, "2", 3)]             // outline level n is heading n + 1
    [InlineData(null, "0", 1)]
    [InlineData(null, "8", 9)]
    [InlineData("Heading3", "0", 1)]       // the outline level wins over the style's digit
    [InlineData("Heading3", "9", 3)]       // outline level 9 is "body text": the style decides
    [InlineData("Title", null, 0)]
    [InlineData("Subtitle", null, 0)]
    [InlineData("Heading", null, 1)]       // a heading style without a digit
    [InlineData("MyHeading", null, 1)]
    [InlineData("", "x", 1)]               // an empty style id and an unreadable outline level
    [InlineData(null, "x", 1)]             // no style at all, only an (unreadable) outline level
    public void A_heading_paragraph_has_the_level_its_style_or_outline_level_gives(string? style, string? outline, int level)
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Walk(Para(style, outline, "Session 1"))));
        Assert.Equal(("Session 1", true, 1, (int?)level), (paragraph.Text, paragraph.IsHeading, paragraph.Number, paragraph.Level));
    }

    [Fact]
    public void A_body_text_paragraph_has_no_level()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Walk(Para("Normal", null, "Notes"))));
        Assert.Equal(("Notes", false, (int?)null), (paragraph.Text, paragraph.IsHeading, paragraph.Level));
    }

    [Fact]
    public void A_paragraph_deleted_as_a_whole_is_not_read_but_the_paragraphs_around_it_are_numbered_in_order()
    {
        var blocks = Walk(P("Kept 1") + "<w:del w:id=\"1\" w:author=\"a\">" + P("Deleted") + "</w:del>" + P("Kept 2"));
        Assert.Equal([("Kept 1", 1), ("Kept 2", 2)], blocks.Cast<ParagraphBlock>().Select(p => (p.Text, p.Number)));
    }

    [Fact]
    public void Grid_spans_move_the_next_cell_along_and_an_unreadable_or_zero_span_counts_as_one()
    {
        var table = Assert.IsType<TableBlock>(Assert.Single(Walk(Table(
            Row(Cell("Wide", "<w:gridSpan w:val=\"2\"/>"), "Next"),
            Row(Cell("Zero", "<w:gridSpan w:val=\"0\"/>"), Cell("Odd", "<w:gridSpan w:val=\"x\"/>"), "Last")))));
        Assert.Equal([["Wide", "Next"], ["Zero", "Odd", "Last"]], CellTexts(table));
        Assert.Equal([[0, 2], [0, 1, 2]], Columns(table));
        Assert.Equal([2, 1], table.Rows[0].Cells.Select(c => c.Span));
        Assert.Equal([1, 2], table.Rows.Select(r => r.Number));
        Assert.All(table.Rows.SelectMany(r => r.Cells), c => Assert.False(c.Continued));
    }

    [Theory]
    [InlineData("<w:vMerge/>")]
    [InlineData("<w:vMerge w:val=\"continue\"/>")]
    public void A_vertically_merged_cell_carries_the_text_it_continues_flagged(string continuation)
    {
        var table = Assert.IsType<TableBlock>(Assert.Single(Walk(Table(
            Row(Cell("Client", "<w:vMerge w:val=\"restart\"/>"), "A"),
            Row(Cell("", continuation), "B")))));
        Assert.Equal([["Client", "A"], ["Client", "B"]], CellTexts(table));
        Assert.Equal([[false, false], [true, false]], table.Rows.Select(r => r.Cells.Select(c => c.Continued).ToArray()));
        Assert.Equal([[0, 1], [0, 1]], Columns(table));
    }

    [Fact]
    public void A_table_nested_in_a_vertically_merged_continuation_cell_is_still_read_after_its_table()
    {
        var blocks = Walk(Table(
            Row(Cell("Client", "<w:vMerge w:val=\"restart\"/>")),
            Row("<w:tc><w:tcPr><w:vMerge/></w:tcPr>" + Table(Row("Inner")) + "<w:p/></w:tc>")));
        Assert.Equal([1, 2], blocks.Cast<TableBlock>().Select(t => t.Number));
        Assert.Equal([["Inner"]], CellTexts((TableBlock)blocks[1]));
    }

    [Theory]
    [InlineData("<w:hMerge/>")]
    [InlineData("<w:hMerge w:val=\"continue\"/>")]
    public void A_legacy_horizontal_merge_keeps_the_first_cells_text_and_its_grid_columns(string continuation)
    {
        var table = Assert.IsType<TableBlock>(Assert.Single(Walk(Table(
            Row(Cell("Date", "<w:hMerge w:val=\"restart\"/>"), Cell("ignored", continuation), "Hours")))));
        Assert.Equal([["Date", "Hours"]], CellTexts(table));
        Assert.Equal([[0, 2]], Columns(table));
    }

    [Fact]
    public void A_cell_of_several_lines_keeps_them_as_lines_and_skips_empty_paragraphs()
    {
        var table = Assert.IsType<TableBlock>(Assert.Single(Walk(Table(Row(
            "<w:tc><w:p/>" + P("First") + "<w:p><w:r><w:t>Second</w:t><w:br/><w:t>Third</w:t></w:r></w:p></w:tc>", "Single")))));
        var cells = table.Rows[0].Cells;
        Assert.Equal("First\nSecond\nThird", cells[0].Text);
        Assert.Equal(["First", "Second", "Third"], cells[0].Lines);
        Assert.Equal("Single", cells[1].Text);
        Assert.Equal(["Single"], cells[1].Lines);
    }

    [Fact]
    public void A_paragraph_deleted_inside_a_cell_is_not_part_of_its_text()
    {
        var table = Assert.IsType<TableBlock>(Assert.Single(Walk(Table(Row(
            "<w:tc>" + P("Kept") + "<w:del w:id=\"1\" w:author=\"a\">" + P("Deleted") + "</w:del></w:tc>")))));
        Assert.Equal([["Kept"]], CellTexts(table));
    }

    [Fact]
    public void Rows_inside_custom_xml_insertions_moves_content_controls_and_alternate_content_are_read_and_deleted_ones_not()
    {
        var table = Assert.IsType<TableBlock>(Assert.Single(Walk(Table(
            "<w:customXml w:element=\"row\">" + Row("In custom XML") + "</w:customXml>",
            "<w:ins w:id=\"1\" w:author=\"a\">" + Row("Inserted") + "</w:ins>",
            "<w:moveTo w:id=\"2\" w:author=\"a\">" + Row("Moved here") + "</w:moveTo>",
            "<w:moveFrom w:id=\"3\" w:author=\"a\">" + Row("Moved away") + "</w:moveFrom>",
            "<w:del w:id=\"4\" w:author=\"a\">" + Row("Deleted") + "</w:del>",
            "<w:tr><w:trPr><w:del w:id=\"5\" w:author=\"a\"/></w:trPr>" + Cell("Deleted row") + "</w:tr>",
            "<w15:unknownWrapper>" + Row("Ignorable unknown") + "</w15:unknownWrapper>",
            "<mc:AlternateContent><mc:Choice Requires=\"w15\">" + Row("Choice") + "</mc:Choice><mc:Fallback>" + Row("Fallback") + "</mc:Fallback></mc:AlternateContent>",
            Row("<w:customXml w:element=\"cell\">" + Cell("Cell in custom XML") + "</w:customXml>")))));
        Assert.Equal([["In custom XML"], ["Inserted"], ["Moved here"], ["Choice"], ["Cell in custom XML"]], CellTexts(table));
        Assert.Equal([1, 2, 3, 4, 5], table.Rows.Select(r => r.Number));
    }

    [Theory]
    [InlineData("<mc:Choice Requires=\"w15\"><w:r><w:t>New</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>Old</w:t></w:r></mc:Fallback>", "New")]
    [InlineData("<mc:Fallback><w:r><w:t>Old</w:t></w:r></mc:Fallback>", "Old")]
    public void Of_alternate_content_the_choice_is_read_else_the_fallback(string alternatives, string text)
    {
        var blocks = Walk($"<w:p><mc:AlternateContent>{alternatives}</mc:AlternateContent></w:p>" +
            $"<mc:AlternateContent>{alternatives.Replace("<w:r>", "<w:p><w:r>").Replace("</w:r>", "</w:r></w:p>")}</mc:AlternateContent>");
        Assert.Equal([text, text], blocks.Cast<ParagraphBlock>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("  Client A", "Client A")]
    [InlineData("Client A  ", "Client A")]
    [InlineData("Client  A", "Client A")]
    [InlineData(" ", "")]
    public void Spaces_at_the_ends_and_doubled_inside_are_dropped(string written, string read)
    {
        Assert.Equal(read, WordText.Of(Body($"<w:p><w:r><w:t xml:space=\"preserve\">{written}</w:t></w:r></w:p>")));
    }

    [Fact]
    public void A_paragraph_of_exactly_the_field_limit_is_read_whole()
    {
        var text = new string('a', Max - 1);
        var blocks = Walk($"<w:p><w:r><w:t>{text}</w:t><w:noBreakHyphen/></w:r></w:p><w:p><w:r><w:t>{text}</w:t><w:t>b</w:t></w:r></w:p>", out var cut);
        Assert.Equal([text + "-", text + "b"], blocks.Cast<ParagraphBlock>().Select(p => p.Text));
        Assert.Empty(cut);
    }

    [Fact]
    public void A_paragraph_past_the_field_limit_is_cut_at_it_and_reported_by_its_number()
    {
        var head = new string('a', Max - 10);
        var tail = new string('b', 20);
        var full = new string('c', Max);
        var blocks = Walk(P("Short") + $"<w:p><w:r><w:t>{head}</w:t><w:t>{tail}</w:t></w:r></w:p>" +
            $"<w:p><w:r><w:t>{full}</w:t><w:noBreakHyphen/><w:t>more</w:t></w:r></w:p>", out var cut);
        Assert.Equal(["Short", head + new string('b', 10), full], blocks.Cast<ParagraphBlock>().Select(p => p.Text));
        Assert.Equal([new ReadLocation("", Paragraph: 2), new ReadLocation("", Paragraph: 3)], cut);
    }

    [Fact]
    public void A_row_with_two_cut_paragraphs_is_reported_once_by_table_and_row()
    {
        var big = $"<w:p><w:r><w:t>{new string('a', Max + 1)}</w:t></w:r></w:p>";
        var blocks = Walk(Table(Row("Short"), Row("<w:tc>" + big + big + "</w:tc>"), Row("<w:tc><w:tcPr><w:vMerge/></w:tcPr>" + big + "</w:tc>")), out var cut);
        var table = Assert.IsType<TableBlock>(Assert.Single(blocks));
        Assert.Equal(new string('a', Max) + "\n" + new string('a', Max), table.Rows[1].Cells[0].Text);
        Assert.Equal([new ReadLocation("", Table: 1, Row: 2), new ReadLocation("", Table: 1, Row: 3)], cut);
    }

    [Fact]
    public void A_cancelled_walk_of_a_table_stops()
    {
        Assert.ThrowsAny<OperationCanceledException>(() =>
            WordBlockWalker.Walk(Body(Table(Row("A"))), IsHeadingStyle, new CancellationToken(canceled: true), out _));
    }
}
