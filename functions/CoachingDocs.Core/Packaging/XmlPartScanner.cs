using System.Xml;

namespace CoachingDocs.Core.Packaging;

/// <summary>
/// Reads one XML part from end to end with a forward-only reader before any tree is built: DTDs prohibited, nesting
/// deeper than <see cref="UploadLimits.MaxXmlDepth"/> refused while reading (so no recursive walker downstream ever
/// meets a 100,000-level document), well-formedness proven. A relationships part also yields its internal targets.
/// </summary>
internal static class XmlPartScanner
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    public sealed record Relationship(string Target, string Type);

    public static IReadOnlyList<Relationship> Scan(Stream stream, string fileName, string part, UploadLimits limits, CancellationToken cancellation = default)
    {
        var relationships = new List<Relationship>();
        var isRels = part.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
        try
        {
            using var reader = XmlReader.Create(stream, XmlSafety.ReaderSettings);
            var nodes = 0;
            while (reader.Read())
            {
                // Stryker disable once Equality,Update : "!= 0" and "--" only change which nodes look at the token, i.e. how soon a cancelled token is noticed
                if (++nodes % 4096 == 0) cancellation.ThrowIfCancellationRequested();
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.Depth >= limits.MaxXmlDepth) throw XmlPartRefusal.TooDeep(fileName, part, limits);
                if (isRels && reader.LocalName == "Relationship" && reader.NamespaceURI == RelationshipsNamespace
                    && !string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                    && reader.GetAttribute("Target") is { Length: > 0 } target)
                    relationships.Add(new Relationship(target, reader.GetAttribute("Type") ?? ""));
            }
        }
        catch (XmlException ex)
        {
            throw XmlPartRefusal.From(ex, fileName, part);
        }
        return relationships;
    }
}
