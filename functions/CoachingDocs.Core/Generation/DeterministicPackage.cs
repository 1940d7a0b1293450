using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace CoachingDocs.Core.Generation;

/// <summary>Reads a package's parts and writes them again with fixed timestamps and order, so equal content gives equal bytes.</summary>
internal static partial class DeterministicPackage
{
    private const string PackageRelationships = "_rels/.rels";

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomRelationshipId();

    public const string ContentTypesEntry = "[Content_Types].xml";

    /// <summary>The package's entries, uncompressed, with [Content_Types].xml first (Office expects it there).</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> ReadEntries(byte[] package)
    {
        using var archive = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        return archive.Entries
            .Where(e => !e.FullName.EndsWith('/'))
            .OrderBy(e => e.FullName == ContentTypesEntry ? 0 : 1)
            .Select(e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (e.FullName, e.FullName == PackageRelationships ? NumberRelationships(copy.ToArray()) : copy.ToArray());
            }).ToList();
    }

    /// <summary>
    /// System.IO.Packaging names package-level relationships with random ids (R + 16 hex digits); nothing refers to
    /// them, so they are renumbered in order to keep the bytes stable.
    /// </summary>
    private static byte[] NumberRelationships(byte[] content)
    {
        var number = 0;
        var text = RandomRelationshipId().Replace(Encoding.UTF8.GetString(content), _ => $"Id=\"rIdPkg{++number}\"");
        return Encoding.UTF8.GetBytes(text);
    }

    public static byte[] Rezip(byte[] package)
    {
        using var output = new MemoryStream();
        var writer = new DeterministicZipWriter(output);
        foreach (var (name, content) in ReadEntries(package))
            writer.Add(ZipEntryData.Deflate(name, content, CompressionLevel.Optimal));
        writer.Finish();
        return output.ToArray();
    }
}
