using System.IO.Compression;

namespace CoachingDocs.Core.Generation;

/// <summary>Reads a package's parts and writes them again with fixed timestamps and order, so equal content gives equal bytes.</summary>
internal static class DeterministicPackage
{
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
                return (e.FullName, copy.ToArray());
            }).ToList();
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
