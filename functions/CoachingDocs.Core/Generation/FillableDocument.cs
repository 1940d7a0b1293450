using System.IO.Compression;
using System.Text;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// A document shaped for one unit (criterion rows, session blocks, plan months), split for fast personalisation.
/// Why this design: opening and saving a package with the Open XML SDK costs milliseconds, but a document for the next
/// learner differs only in a few strings. So the shaped package is taken apart once: parts without personal values are
/// deflated once and their compressed bytes copied into every output; parts with personal values are kept as UTF-8
/// segments between markers, and filling is concatenation, one deflate per changed part and a CRC.
/// </summary>
internal sealed class FillableDocument
{
    private readonly IReadOnlyList<Part> _parts;

    private FillableDocument(IReadOnlyList<Part> parts) => _parts = parts;

    public static FillableDocument FromPackage(byte[] shapedPackage)
    {
        var parts = DeterministicPackage.ReadEntries(shapedPackage).Select(e =>
        {
            var text = IsXml(e.Name) ? Encoding.UTF8.GetString(e.Content) : null;
            return text is not null && text.Contains(PersonalFields.MarkerStart)
                ? PersonalisedPart.Parse(e.Name, text)
                : (Part)new UnchangedPart(ZipEntryData.Deflate(e.Name, e.Content, CompressionLevel.Optimal));
        }).ToList();
        return new FillableDocument(parts);
    }

    /// <summary>Writes the document with the given (XML-escaped) slot values.</summary>
    public void Write(IReadOnlyList<string> values, Stream output)
    {
        var zip = new DeterministicZipWriter(output);
        foreach (var part in _parts) zip.Add(part.Entry(values));
        zip.Finish();
    }

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private abstract record Part
    {
        public abstract ZipEntryData Entry(IReadOnlyList<string> values);
    }

    /// <summary>A part no personal value touches: compressed once, copied as is.</summary>
    private sealed record UnchangedPart(ZipEntryData Compressed) : Part
    {
        public override ZipEntryData Entry(IReadOnlyList<string> values) => Compressed;
    }

    /// <summary>A part as literal UTF-8 segments with a slot between each pair.</summary>
    private sealed record PersonalisedPart(string Name, byte[][] Literals, int[] Slots) : Part
    {
        public static PersonalisedPart Parse(string name, string text)
        {
            var literals = new List<byte[]>();
            var slots = new List<int>();
            var position = 0;
            while (true)
            {
                var start = text.IndexOf(PersonalFields.MarkerStart, position);
                if (start < 0) break;
                var end = text.IndexOf(PersonalFields.MarkerEnd, start);
                literals.Add(Encoding.UTF8.GetBytes(text[position..start]));
                slots.Add(int.Parse(text.AsSpan(start + 1, end - start - 1)));
                position = end + 1;
            }
            literals.Add(Encoding.UTF8.GetBytes(text[position..]));
            return new PersonalisedPart(name, [.. literals], [.. slots]);
        }

        public override ZipEntryData Entry(IReadOnlyList<string> values)
        {
            var length = Literals.Sum(l => l.Length) + Slots.Sum(s => Encoding.UTF8.GetMaxByteCount(values[s].Length));
            var buffer = new byte[length];
            var used = 0;
            for (var i = 0; i < Slots.Length; i++)
            {
                Literals[i].CopyTo(buffer, used);
                used += Literals[i].Length;
                used += Encoding.UTF8.GetBytes(values[Slots[i]], 0, values[Slots[i]].Length, buffer, used);
            }
            Literals[^1].CopyTo(buffer, used);
            used += Literals[^1].Length;
            // Fastest: the changed parts are compressed for every learner; Optimal gains little on this XML for much more time.
            return ZipEntryData.Deflate(Name, buffer.AsSpan(0, used), CompressionLevel.Fastest);
        }
    }
}
