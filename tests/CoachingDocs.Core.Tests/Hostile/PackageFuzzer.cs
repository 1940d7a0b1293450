using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Packaging;

namespace CoachingDocs.Core.Tests.Hostile;

/// <summary>
/// A seeded mutator over real documents (made by npm docx, LibreOffice ...): byte flips on the zip, XML mutations
/// inside a part (cut, duplicate, inject hostile tokens and numbers), and zip tampering (drop, duplicate or rename an
/// entry, a wrong directory count, truncation). Each variant is read and checked; the only acceptable outcomes are a
/// report or an <see cref="UploadRejectedException"/> with a documented REJECT_* code. Shared by the test suite (a
/// bounded run) and the bench's <c>fuzz</c> verb (a long one). Same seed, same cases.
/// </summary>
public sealed class PackageFuzzer(Unit unit, IReadOnlyCollection<string> knownUnitIds)
{
    public sealed record Failure(int Case, string Seed, string Mutation, Exception Error);

    public sealed record Result(int Cases, int Reports, IReadOnlyDictionary<string, int> Rejections, IReadOnlyList<Failure> Failures);

    private static readonly HashSet<string> Documented = typeof(RejectCodes).GetFields()
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Values that once broke a reader: overflowing numbers, NaN, OLE dates past 9999, 23:59:50, non-characters, foreign digits.</summary>
    private static readonly string[] Tokens =
    [
        "<!DOCTYPE x [<!ENTITY a \"b\">]>", "NaN", "Infinity", "-Infinity", "1E+300", "79228162514264337593543950336", "2958466", "0.99988426",
        "99999999999", "-1.5", "14:00", "10:00 - 11:30", "1,5 hours", "01/01/0001", "0.0000001 hours", "١٢/٠٣/٢٠٢٥", "ZZZZZZ1", "\uFFFF", "&#xFFFF;",
        "</w:tbl>", "<w:tbl>", "<w:p>", "</w:p>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "r:id=\"rId999\"", "<c r=\"A1\"><v>NaN</v></c>",
        "t=\"s\"", "<v>-2147483649</v>", "numFmtId=\"99999999999\"", "w:val=\"99999999999\"", "\u0000", "]]>", "&amp;&lt;",
    ];

    public Result Run(IReadOnlyList<(string Name, byte[] Bytes)> seeds, int seed, int maxCases, TimeSpan budget)
    {
        var random = new Random(seed);
        var failures = new List<Failure>();
        var rejections = new Dictionary<string, int>(StringComparer.Ordinal);
        var reports = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cases = 0;
        for (; cases < maxCases && clock.Elapsed < budget; cases++)
        {
            var (name, original) = seeds[random.Next(seeds.Count)];
            var (mutation, bytes) = Mutate(original, random);
            try
            {
                var reading = CheckRunner.ReadOne(new UploadedFile(name, new MemoryStream(bytes, writable: false)), UploadLimits.Default, knownUnitIds);
                PortfolioChecker.Check(unit, [reading], DateTimeOffset.UnixEpoch);
                reports++;
            }
            catch (UploadRejectedException ex) when (Documented.Contains(ex.Code))
            {
                rejections[ex.Code] = rejections.GetValueOrDefault(ex.Code) + 1;
            }
            catch (Exception ex)
            {
                failures.Add(new Failure(cases, $"{seed}:{name}", mutation, ex));
            }
        }
        return new Result(cases, reports, rejections, failures);
    }

    private static (string, byte[]) Mutate(byte[] original, Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                var flipped = (byte[])original.Clone();
                var flips = 1 + random.Next(8);
                for (var i = 0; i < flips; i++) flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                return ($"{flips} byte flips", flipped);
            case 1:
                return MutateXml(original, random);
            default:
                return TamperZip(original, random);
        }
    }

    private static (string, byte[]) MutateXml(byte[] original, Random random)
    {
        var entries = Entries(original);
        var xml = entries.Where(e => e.Name.EndsWith(".xml", StringComparison.Ordinal) || e.Name.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        var target = xml[random.Next(xml.Count)];
        var text = Encoding.UTF8.GetString(target.Content);
        var at = random.Next(text.Length);
        string what;
        switch (random.Next(5))
        {
            case 0:
                var length = Math.Min(text.Length - at, random.Next(1, 200));
                text = text.Remove(at, length);
                what = $"cut {length} chars";
                break;
            case 1:
                var span = Math.Min(text.Length - at, random.Next(1, 2000));
                text = text.Insert(at, text.Substring(at, span));
                what = $"duplicated {span} chars";
                break;
            case 2:
                var token = Tokens[random.Next(Tokens.Length)];
                text = text.Insert(at, token);
                what = $"inserted {Escape(token)}";
                break;
            case 3:
                // Replace a number that the reader parses (a duration, a date serial, an index) with a hostile one.
                var digit = text.IndexOfAny("0123456789".ToCharArray(), at);
                if (digit < 0) digit = text.IndexOfAny("0123456789".ToCharArray());
                var token2 = Tokens[random.Next(Tokens.Length)];
                if (digit >= 0) text = text.Remove(digit, 1).Insert(digit, token2);
                what = $"number replaced by {Escape(token2)}";
                break;
            default:
                var depth = random.Next(10, 2000);
                text = text.Insert(at, string.Concat(Enumerable.Repeat("<w:p>", depth)) + string.Concat(Enumerable.Repeat("</w:p>", depth)));
                what = $"nested {depth} paragraphs";
                break;
        }
        var index = entries.IndexOf(target);
        entries[index] = (target.Name, Encoding.UTF8.GetBytes(text));
        return ($"{target.Name}: {what}", Zip(entries));
    }

    private static (string, byte[]) TamperZip(byte[] original, Random random)
    {
        var entries = Entries(original);
        switch (random.Next(5))
        {
            case 0:
                var dropped = entries[random.Next(entries.Count)];
                entries.Remove(dropped);
                return ($"dropped {dropped.Name}", Zip(entries));
            case 1:
                var twice = entries[random.Next(entries.Count)];
                entries.Add(twice);
                return ($"duplicated {twice.Name}", Zip(entries));
            case 2:
                var i = random.Next(entries.Count);
                var renamed = entries[i].Name.ToUpperInvariant() + (random.Next(2) == 0 ? "" : ".bak");
                entries[i] = (renamed, entries[i].Content);
                return ($"renamed to {renamed}", Zip(entries));
            case 3:
                var bytes = (byte[])original.Clone();
                var eocd = bytes.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
                if (eocd >= 0 && eocd + 12 <= bytes.Length)
                {
                    bytes[eocd + 8 + random.Next(4)] ^= (byte)(1 + random.Next(255));
                    return ("end-of-directory entry count changed", bytes);
                }
                return ("unchanged", bytes);
            default:
                var cut = random.Next(1, original.Length);
                return ($"truncated to {cut} bytes", original[..cut]);
        }
    }

    private static string Escape(string token) => token.Length > 30 ? token[..30] : token.Replace("\0", "\\0", StringComparison.Ordinal);

    private static List<(string Name, byte[] Content)> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add((entry.FullName, copy.ToArray()));
        }
        return entries;
    }

    private static byte[] Zip(List<(string Name, byte[] Content)> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        return stream.ToArray();
    }
}
