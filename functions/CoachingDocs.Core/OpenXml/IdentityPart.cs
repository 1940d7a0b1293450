using System.Xml;
using System.Xml.Linq;
using CoachingDocs.Core.Generation;
using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Core.OpenXml;

/// <summary>
/// Writes and reads the document's identity (docs/tag-convention.md): one custom XML part with root
/// <c>&lt;identity xmlns="urn:coachingdocs:identity:1"&gt;</c>. The one place that knows its shape, for Word and Excel alike.
/// </summary>
public static class IdentityPart
{
    private static readonly XNamespace Ns = TagConvention.IdentityNamespace;

    /// <summary>A fixed relationship id, so the same input gives the same package bytes.</summary>
    public const string RelationshipId = "rIdCd1Identity";

    public static string ToXml(DocumentIdentity identity)
    {
        var root = new XElement(Ns + "identity",
            new XElement(Ns + "kind", identity.Kind),
            new XElement(Ns + "qualification", identity.QualificationId ?? ""),
            new XElement(Ns + "unit", identity.UnitId),
            new XElement(Ns + "learnerRef", identity.LearnerRef ?? ""),
            new XElement(Ns + "templateVersion", identity.TemplateVersion));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Replaces any identity part already present (a template may carry one) with this identity.</summary>
    public static void Write(OpenXmlPartContainer container, DocumentIdentity identity)
    {
        foreach (var existing in FindParts(container).ToList()) container.DeletePart(existing);
        var part = container.AddNewPart<CustomXmlPart>("application/xml", RelationshipId);
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write(ToXml(identity));
    }

    /// <summary>The identity of an open document, or null when it has none (a centre's own form, a LibreOffice round trip).</summary>
    public static DocumentIdentity? Read(OpenXmlPartContainer container)
    {
        foreach (var part in FindParts(container))
        {
            var root = Load(part);
            if (root is null) continue;
            string? Get(string name) => root.Element(Ns + name)?.Value is { Length: > 0 } v ? v : null;
            return new DocumentIdentity(Get("kind") ?? "", Get("qualification"), Get("unit") ?? "", Get("learnerRef"), Get("templateVersion") ?? "");
        }
        return null;
    }

    private static IEnumerable<CustomXmlPart> FindParts(OpenXmlPartContainer container) =>
        container.GetPartsOfType<CustomXmlPart>().Where(p => Load(p) is not null);

    private static XElement? Load(CustomXmlPart part)
    {
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            var root = XElement.Load(stream);
            return root.Name == Ns + "identity" ? root : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
