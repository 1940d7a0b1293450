using System.Xml.Linq;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Core.Reading;

/// <summary>Reads the identity custom XML part (docs/tag-convention.md) that our generator writes, if the file still has it.</summary>
internal static class IdentityReader
{
    private static readonly XNamespace Ns = TagConvention.IdentityNamespace;

    public static DocumentIdentity? Read(IEnumerable<CustomXmlPart> parts)
    {
        foreach (var part in parts)
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            var root = XmlSafety.Load(stream).Root;
            if (root is null || root.Name != Ns + "identity") continue;
            string? Get(string name) => root.Element(Ns + name)?.Value.Trim() is { Length: > 0 } v ? v : null;
            // Written as two statements, not one pattern with "is not { } unit ||": Stryker.NET cannot compile its
            // mutants of that form (definite assignment), so the whole method went unmeasured.
            var unit = Get("unit");
            var kind = Get("kind");
            if (unit is null || kind is null) continue;
            return new DocumentIdentity(kind, Get("qualification"), unit, Get("learnerRef"), Get("templateVersion") ?? "");
        }
        return null;
    }
}
