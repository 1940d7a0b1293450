using System.Xml.Linq;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Issue 9: a few kilobytes of deeply nested XML must neither overflow the stack nor take quadratic time in the Word
/// reader's walks (block walker, text collector, content controls). The bodies are built inline at the sizes measured.
/// </summary>
public class DeepNestingTests
{
    private const string SessionLine = "Session 1 — 14/05/2025 — 1 hour — Client A";

    private static readonly XNamespace Ns = WNs;

    /// <summary>
    /// Builds the tree from the inside out: XDocument.Load itself takes time quadratic in nesting (each node added is
    /// checked against all its ancestors), which is why the safe opener refuses depth beyond its limit before any tree
    /// is built. These tests hold the reader's own walks to linear time and constant stack should one be built anyway.
    /// </summary>
    private static XElement Nest(int depth, XElement innermost, Func<XElement, XElement> wrap)
    {
        var element = innermost;
        for (var i = 0; i < depth; i++) element = wrap(element);
        return element;
    }

    private static XElement Body(params XElement[] content) => new(Ns + "body", content);

    private static XElement Paragraph(string text) => new(Ns + "p", Run(text));

    private static XElement Run(string text) => new(Ns + "r", new XElement(Ns + "t", text));

    private static XElement Control(string? tag, XElement content) =>
        new(Ns + "sdt", new XElement(Ns + "sdtPr", tag is null ? null : new XElement(Ns + "tag", new XAttribute(Ns + "val", tag))),
            new XElement(Ns + "sdtContent", content));

    private static DocumentReading ReadByLabels(XElement body)
    {
        var reading = new DocumentReading { FileName = "deep.docx" };
        var blocks = WordBlockWalker.Walk(body, _ => false);
        LabelReader.Read(blocks, reading, null);
        return reading;
    }

    [Fact]
    public void A_hundred_thousand_nested_elements_in_the_body_are_walked_and_the_session_inside_read()
    {
        var body = Body(Nest(100_000, Paragraph(SessionLine), e => new XElement(Ns + "customXml", new XAttribute(Ns + "element", "x"), e)));
        var session = Assert.Single(ReadByLabels(body).Sessions);
        Assert.Equal(("Client A", 60), (session.ClientRef, session.Minutes));
    }

    [Fact]
    public void A_hundred_thousand_nested_elements_in_one_paragraph_are_read_as_its_text()
    {
        var body = Body(new XElement(Ns + "p", Nest(100_000, Run(SessionLine), e => new XElement(Ns + "ins", e))));
        var session = Assert.Single(ReadByLabels(body).Sessions);
        Assert.Equal(new DateOnly(2025, 5, 14), session.Date);
        Assert.Equal(SessionLine, WordText.Of(body.Elements().First()));
    }

    [Fact]
    public void Text_nested_inside_a_run_of_text_is_read_without_recursion()
    {
        var body = Body(new XElement(Ns + "p", new XElement(Ns + "r", new XElement(Ns + "t", Nest(100_000, new XElement(Ns + "x", "deep"), e => new XElement(Ns + "x", e))))));
        Assert.Equal("deep", WordText.Of(body.Elements().First()));
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(100_000)]
    public void Nested_untagged_content_controls_are_read_in_linear_time(int depth)
    {
        var body = Body(Nest(depth, Paragraph(SessionLine), e => Control(null, e)));
        Assert.Single(ReadByLabels(body).Sessions);
        var reading = new DocumentReading { FileName = "deep.docx" };
        TaggedReader.ReadEvidence(body, reading);
        Assert.Empty(reading.Evidence);
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(100_000)]
    public void Nested_tagged_sections_and_evidence_controls_are_bounded_and_say_so(int depth)
    {
        var body = Body(Nest(depth / 2, Paragraph("A plan for six sessions"), e => Control("cd1:s:clientPlan", Control("cd1:ac:1.1", e))));
        var reading = new DocumentReading { FileName = "deep.docx" };

        Assert.True(TaggedReader.HasStructureTags(body));
        TaggedReader.Read(body, reading, DocumentKinds.CoachingDiary);

        // Only the outer levels, up to the bound, are interpreted; each of them holds the same innermost text.
        Assert.Equal(TaggedReader.MaxControlDepth, reading.Evidence.Count);
        Assert.All(reading.Evidence, e => Assert.Equal("A plan for six sessions", e.Text));
        Assert.Contains(reading.Warnings, w => w.Code == WarningCodes.ControlsTooDeep);
    }

    [Fact]
    public void Nested_fields_inside_a_section_are_read_from_the_outermost_field_only()
    {
        var body = Body(Control("cd1:s:reflection", Nest(50_000, Paragraph("I listened more"), e => Control("cd1:f:reflection", e))));
        var reading = new DocumentReading { FileName = "deep.docx" };
        TaggedReader.Read(body, reading, DocumentKinds.ReflectiveLog);
        Assert.Equal("I listened more", Assert.Single(reading.Evidence).Text);
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(100_000)]
    public void Nested_tables_are_walked_one_after_another(int depth)
    {
        var body = Body(Nest(depth, Paragraph(SessionLine), e => new XElement(Ns + "tbl", new XElement(Ns + "tr", new XElement(Ns + "tc", e)))));
        var blocks = WordBlockWalker.Walk(body, _ => false);
        Assert.Equal(depth, blocks.OfType<TableBlock>().Count());
        Assert.Equal(SessionLine, blocks.OfType<TableBlock>().Last().Rows.Single().Cells.Single().Text);
    }
}
