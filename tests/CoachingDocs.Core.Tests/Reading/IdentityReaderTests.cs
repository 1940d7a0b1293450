using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Reading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The identity part our generator writes (docs/tag-convention.md), read from hand-written custom XML parts: which part
/// counts, which values are required, and how blank and spaced values read.
/// </summary>
public class IdentityReaderTests
{
    private const string Ns = "urn:coachingdocs:identity:1";

    private static DocumentIdentity? ReadParts(params string[] partsXml)
    {
        using var stream = new MemoryStream();
        using var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        foreach (var xml in partsXml)
        {
            var part = main.AddCustomXmlPart(CustomXmlPartType.CustomXml);
            using var data = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
            part.FeedData(data);
        }
        return IdentityReader.Read(main.CustomXmlParts);
    }

    private static string Identity(string inner) => $"<identity xmlns=\"{Ns}\">{inner}</identity>";

    [Fact]
    public void Every_value_is_read_with_its_spaces_trimmed()
    {
        var identity = ReadParts(Identity(
            "<kind> coaching-diary </kind><qualification>ilm-l5-cert</qualification><unit>\n501\n</unit>" +
            "<learnerRef>REG-0042</learnerRef><templateVersion>3</templateVersion>"));
        Assert.Equal(new DocumentIdentity("coaching-diary", "ilm-l5-cert", "501", "REG-0042", "3"), identity);
    }

    [Fact]
    public void Optional_values_left_out_or_blank_read_as_none()
    {
        var identity = ReadParts(Identity("<kind>reflective-log</kind><unit>502</unit><qualification>  </qualification>"));
        Assert.Equal(new DocumentIdentity("reflective-log", null, "502", null, ""), identity);
    }

    [Theory]
    [InlineData("<kind>coaching-diary</kind>")]
    [InlineData("<unit>501</unit>")]
    [InlineData("<kind>coaching-diary</kind><unit> </unit>")]
    [InlineData("<kind></kind><unit>501</unit>")]
    public void An_identity_without_its_unit_or_kind_is_none(string inner)
    {
        Assert.Null(ReadParts(Identity(inner)));
    }

    [Fact]
    public void Other_parts_are_passed_over_and_the_first_whole_identity_counts()
    {
        var identity = ReadParts(
            // Another add-in's part, with the same element names in no namespace.
            "<identity><kind>coaching-diary</kind><unit>999</unit></identity>",
            // Our namespace but not our root element.
            $"<document xmlns=\"{Ns}\"><kind>coaching-diary</kind><unit>998</unit></document>",
            // Word's bibliography part.
            "<b:Sources xmlns:b=\"http://schemas.openxmlformats.org/officeDocument/2006/bibliography\"/>",
            Identity("<kind>coaching-diary</kind>"),
            Identity("<kind>supervision-record</kind><unit>503</unit>"),
            Identity("<kind>coaching-diary</kind><unit>504</unit>"));
        Assert.Equal(new DocumentIdentity("supervision-record", null, "503", null, ""), identity);
    }

    [Fact]
    public void A_document_without_custom_parts_has_no_identity()
    {
        Assert.Null(ReadParts());
    }
}
