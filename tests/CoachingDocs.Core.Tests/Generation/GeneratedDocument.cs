using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Tests.Generation;

/// <summary>A generated Word document reopened read-only, with the lookups the tests need.</summary>
internal sealed class GeneratedDocument : IDisposable
{
    private readonly WordprocessingDocument _document;

    public GeneratedDocument(byte[] bytes)
    {
        _document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
        OpenXmlAssert.Valid(_document);
    }

    public Body Body => _document.MainDocumentPart!.Document.Body!;

    public DocumentIdentity? Identity => IdentityPart.Read(_document.MainDocumentPart!);

    /// <summary>The text of every page header, in part order.</summary>
    public IReadOnlyList<string> HeaderTexts => _document.MainDocumentPart!.HeaderParts.Select(h => h.Header.InnerText).ToList();

    public string? CoreTitle => _document.PackageProperties.Title;

    public IEnumerable<string> Tags => ContentControls.All(Body).Select(ContentControls.TagOf).OfType<string>();

    public IReadOnlyList<string> FieldTexts(string field) =>
        ContentControls.WithTag(Body, TagConvention.Field(field)).Select(ContentControls.TextOf).ToList();

    public string? Field(string field) => FieldTexts(field).FirstOrDefault();

    /// <summary>The items of a repeating section, in order.</summary>
    public IReadOnlyList<SdtElement> Items(string block) =>
        ContentControls.WithTag(Body, TagConvention.RepeatingSection(block))
            .SelectMany(r => ContentControls.ContentOf(r)!.ChildElements.OfType<SdtElement>())
            .Where(i => ContentControls.TagOf(i) == TagConvention.RepeatingItem(block)).ToList();

    public static string FieldIn(SdtElement item, string field) =>
        ContentControls.WithTag(item, TagConvention.Field(field)).Select(ContentControls.TextOf).FirstOrDefault() ?? "";

    public void Dispose() => _document.Dispose();
}
