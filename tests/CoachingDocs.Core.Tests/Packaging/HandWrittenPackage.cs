using System.Text;

namespace CoachingDocs.Core.Tests.Packaging;

/// <summary>
/// The smallest Word package, hand-written XML (no SDK): content list, package relationships, main part, its
/// relationships and a styles part, each replaceable, for packages no Office program would write.
/// </summary>
internal static class HandWrittenPackage
{
    public const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string Dtd = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    public static string ContentTypes(string mainContentType = WordMain, string mainPart = "/word/document.xml") =>
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + $"<Override PartName=\"{mainPart}\" ContentType=\"{mainContentType}\"/></Types>";

    public static string Relationships(params (string Type, string Target)[] relationships) =>
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select((r, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    public const string Document = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Session 1</w:t></w:r></w:p></w:body></w:document>";
    public const string Styles = "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>";

    /// <summary>The parts in zip order; <paramref name="replace"/> gives new content for a part (or null to drop it).</summary>
    public static byte[] Build(Func<string, string, string?>? replace = null, params (string Name, string Content)[] extra)
    {
        (string Name, string Content)[] parts =
        [
            ("[Content_Types].xml", ContentTypes()),
            ("_rels/.rels", Relationships(("officeDocument", "word/document.xml"))),
            ("word/document.xml", Document),
            ("word/_rels/document.xml.rels", Relationships(("settings", "settings.xml"), ("styles", "styles.xml"))),
            ("word/settings.xml", "<?xml version=\"1.0\"?><w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"),
            ("word/styles.xml", Styles),
        ];
        var entries = new List<(string, byte[])>();
        foreach (var (name, content) in parts)
            if ((replace is null ? content : replace(name, content)) is { } kept) entries.Add((name, Encoding.UTF8.GetBytes(kept)));
        entries.AddRange(extra.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content))));
        return Fixtures.Zip([.. entries]);
    }
}
