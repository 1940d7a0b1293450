using System.Text;
using System.Xml;
using System.Xml.Linq;
using CoachingDocs.Core.Packaging;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// A part parsed by the reader keeps each text node to at most MaxTextChars + 1 characters (docs/limits.md: "one text
/// node of the body is kept to 64 K characters"; the extra one tells the collector there was more), whatever kind of
/// text node it is, and keeps shorter text whole.
/// </summary>
public class GuardedXmlReaderTextTests
{
    private const int Cap = GuardedXmlReader.MaxTextChars;

    private static XDocument Load(string xml, CancellationToken cancellation = default) =>
        XmlSafety.LoadPart(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "diary.docx", "word/document.xml", UploadLimits.Default, cancellation);

    /// <summary>The values a guarded reader gives for each node of the given kind, in document order.</summary>
    private static List<string> Values(string xml, XmlNodeType kind)
    {
        using var reader = new GuardedXmlReader(XmlReader.Create(new StringReader(xml), XmlSafety.ReaderSettings), "diary.docx", "word/document.xml", UploadLimits.Default, default);
        var values = new List<string>();
        while (reader.Read())
            if (reader.NodeType == kind) values.Add(reader.Value);
        return values;
    }

    private static string Text(int length) => string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + i % 26)));

    [Theory]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(8192)]
    [InlineData(Cap)]
    [InlineData(Cap + 1)]
    public void Text_up_to_the_cap_is_kept_whole(int length)
    {
        var text = Text(length);
        Assert.Equal(text, Load($"<t>{text}</t>").Root!.Value);
    }

    [Theory]
    [InlineData(Cap + 2)]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void A_longer_text_node_is_cut_to_the_cap_plus_one_character(int length)
    {
        var text = Text(length);
        Assert.Equal(text[..(Cap + 1)], Load($"<t>{text}</t>").Root!.Value);
    }

    [Fact]
    public void A_long_cdata_section_is_cut_the_same_way()
    {
        var text = Text(100_000);
        Assert.Equal([text[..(Cap + 1)]], Values($"<t><![CDATA[{text}]]></t>", XmlNodeType.CDATA));
    }

    [Fact]
    public void Reading_a_value_twice_gives_the_same_text()
    {
        using var reader = new GuardedXmlReader(XmlReader.Create(new StringReader("<t>Session 1 - 90 minutes</t>"), XmlSafety.ReaderSettings), "d.docx", "word/document.xml", UploadLimits.Default, default);
        while (reader.NodeType != XmlNodeType.Text) reader.Read();
        Assert.Equal("Session 1 - 90 minutes", reader.Value);
        Assert.Equal("Session 1 - 90 minutes", reader.Value);
    }

    [Fact]
    public void Attribute_values_are_read_as_written()
    {
        var root = Load("<w:p xmlns:w=\"urn:w\" w:a=\"first\" w:b=\"second\"><w:t w:c=\"third\">text</w:t></w:p>").Root!;
        Assert.Equal(["first", "second"], root.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => a.Value));
        Assert.Equal("third", root.Elements().Single().Attributes().Single().Value);
    }

    [Fact]
    public void Comments_and_processing_instructions_never_become_part_of_the_tree()
    {
        var document = Load("<?xml version=\"1.0\"?><w:body xmlns:w=\"urn:w\"><w:t>before<!-- 90 minutes -->after</w:t><?mso-app ignore me?></w:body>");
        Assert.Empty(document.DescendantNodes().OfType<XComment>());
        Assert.Empty(document.DescendantNodes().OfType<XProcessingInstruction>());
        Assert.Equal("beforeafter", document.Root!.Value);
    }

    [Fact]
    public void Disposing_it_closes_the_reader_it_wraps()
    {
        var inner = XmlReader.Create(new StringReader("<a/>"), XmlSafety.ReaderSettings);
        new GuardedXmlReader(inner, "d.docx", "word/document.xml", UploadLimits.Default, default).Dispose();
        Assert.Equal(ReadState.Closed, inner.ReadState);
    }
}
