using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Core.OpenXml;

/// <summary>
/// Writes docProps/core.xml with a fixed date, so the same input gives byte-identical documents; the title says what the
/// document is. Never the learner's name: core properties travel with the file and show in file browsers.
/// </summary>
public static class CoreProperties
{
    public static readonly DateTime FixedTimestamp = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void Write(OpenXmlPackage package, string title, string? subject)
    {
        var part = package switch
        {
            WordprocessingDocument word => word.CoreFilePropertiesPart ?? word.AddCoreFilePropertiesPart(),
            SpreadsheetDocument excel => excel.CoreFilePropertiesPart ?? excel.AddCoreFilePropertiesPart(),
            _ => throw new ArgumentException("Only Word and Excel packages are supported.", nameof(package)),
        };
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var date = FixedTimestamp.ToString("yyyy-MM-ddTHH:mm:ssZ");
        var root = new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp), new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", dcterms), new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XElement(dc + "title", title),
            subject is null ? null : new XElement(dc + "subject", subject),
            new XElement(dc + "creator", "CoachingDocs"),
            new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), date));
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        root.Save(stream, SaveOptions.DisableFormatting);
    }
}
