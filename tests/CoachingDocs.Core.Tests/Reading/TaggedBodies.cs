using System.Xml.Linq;
using CoachingDocs.Core.Reading;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// Hand-written WordprocessingML bodies with cd1 content controls (built with XElement, not saved by Word), as small
/// as each tagged-reading behaviour needs: the tests that use them say which controls each input holds.
/// </summary>
internal static class TaggedBodies
{
    public const string FileName = "tagged.docx";

    private static readonly XNamespace Ns = WNs;

    public static XElement Body(params object[] content) => new(Ns + "body", content);

    public static XElement P(string text) => new(Ns + "p", new XElement(Ns + "r", new XElement(Ns + "t", text)));

    /// <summary>A content control with the given tag (none when null) holding <paramref name="content"/>.</summary>
    public static XElement Sdt(string? tag, params object[] content) =>
        new(Ns + "sdt", Properties(tag), new XElement(Ns + "sdtContent", content));

    /// <summary>A control Word saved without any content part.</summary>
    public static XElement EmptySdt(string tag) => new(Ns + "sdt", Properties(tag));

    private static XElement Properties(string? tag) =>
        new(Ns + "sdtPr", tag is null ? null : new XElement(Ns + "tag", new XAttribute(Ns + "val", tag)));

    public static XElement Field(string name, string text) => Sdt("cd1:f:" + name, P(text));

    /// <summary>A field left as the template's placeholder ("Click or tap here to enter text."), which is no answer.</summary>
    public static XElement Placeholder(string name) =>
        new(Ns + "sdt", new XElement(Ns + "sdtPr", new XElement(Ns + "tag", new XAttribute(Ns + "val", "cd1:f:" + name)), new XElement(Ns + "showingPlcHdr")),
            new XElement(Ns + "sdtContent", P("Click or tap here to enter text.")));

    public static XElement Item(string block, params object[] content) => Sdt("cd1:i:" + block, content);

    public static XElement Section(string name, params object[] content) => Sdt("cd1:s:" + name, content);

    public static XElement Evidence(string criteria, params object[] content) => Sdt("cd1:ac:" + criteria, content);

    /// <summary>A table row the learner deleted with track changes on (w:trPr/w:del), holding <paramref name="content"/>.</summary>
    public static XElement DeletedRow(params object[] content) =>
        new(Ns + "tbl", new XElement(Ns + "tr",
            new XElement(Ns + "trPr", new XElement(Ns + "del", new XAttribute(Ns + "id", "9"), new XAttribute(Ns + "author", "L"))),
            new XElement(Ns + "tc", content)));

    /// <summary>Runs deleted with track changes on.</summary>
    public static XElement DeletedRuns(params object[] content) =>
        new(Ns + "del", new XAttribute(Ns + "id", "8"), new XAttribute(Ns + "author", "L"), content);

    /// <summary><paramref name="depth"/> controls tagged <paramref name="tag"/>, each inside the last, around <paramref name="innermost"/>.</summary>
    public static XElement Nested(int depth, string tag, XElement innermost)
    {
        var element = innermost;
        for (var i = 0; i < depth; i++) element = Sdt(tag, element);
        return element;
    }

    /// <summary>Reads the body by its tags as a document of <paramref name="kind"/> (null: kind unknown).</summary>
    public static DocumentReading Read(string? kind, params object[] content)
    {
        var reading = new DocumentReading { FileName = FileName, Kind = kind };
        TaggedReader.Read(Body(content), reading, kind);
        return reading;
    }

    /// <summary>Reads only the evidence (cd1:ac) controls, as every document is read.</summary>
    public static DocumentReading ReadEvidence(string? kind, params object[] content)
    {
        var reading = new DocumentReading { FileName = FileName, Kind = kind };
        TaggedReader.ReadEvidence(Body(content), reading);
        return reading;
    }

    public static ReadLocation At(string section, int? session = null) => new(FileName, section, session);
}
