using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Packaging;

namespace CoachingDocs.Core.Roster;

/// <summary>
/// Reads a roster (.csv or .xlsx, decided by the file's first bytes, not its name). Every bad row becomes a
/// <see cref="RosterProblem"/> naming its row and reason; the good rows are returned to go ahead.
/// Throws <see cref="RosterFormatException"/> only when the file as a whole is unusable.
/// </summary>
public static class RosterReader
{
    public const int DefaultMaxLearners = 2000;

    public static RosterReadResult Read(Stream roster, QualificationCatalogue? catalogue, int maxLearners = DefaultMaxLearners)
    {
        var seekable = roster.CanSeek ? roster : Buffer(roster);
        var isZip = StartsWithZipSignature(seekable);
        if (isZip) return Parse(XlsxRosterRows.Read(OpenWorkbook(seekable)), catalogue, maxLearners, []);
        var (text, warnings) = RosterText.Decode(seekable);
        var (repaired, quoteProblems) = CsvQuoteRepair.Repair(text);
        var result = Parse(CsvRosterRows.Read(repaired), catalogue, maxLearners, warnings, quoteProblems.Count > 0);
        return quoteProblems.Count == 0 ? result : result with { Problems = [.. quoteProblems, .. result.Problems] };
    }

    /// <summary>A roster workbook passes the same safe opener as every upload, with limits sized for rosters.</summary>
    private static SafePackage OpenWorkbook(Stream stream)
    {
        try
        {
            return SafePackageOpener.Open(stream, "roster.xlsx", UploadLimits.Roster);
        }
        catch (UploadRejectedException ex) when (ex.Code is RejectCodes.NotOffice or RejectCodes.UnsupportedKind)
        {
            throw new RosterFormatException("the roster is a zip but not an Excel workbook (.xlsx) that can be opened");
        }
        catch (UploadRejectedException ex)
        {
            throw new RosterFormatException($"the roster workbook cannot be used ({ex.Code}): it {ex.Problem}");
        }
    }

    private static RosterReadResult Parse(IEnumerable<(int Row, IReadOnlyDictionary<string, string> Cells)> rows, QualificationCatalogue? catalogue, int maxLearners,
        IReadOnlyList<string> warnings, bool someRowsRefused = false)
    {
        var parser = new RosterRowParser(catalogue);
        var learners = new List<RosterEntry>();
        var problems = new List<RosterProblem>();
        foreach (var (row, cells) in rows)
        {
            if (cells.Values.All(string.IsNullOrWhiteSpace))
                continue; // blank lines between groups of learners are common and mean nothing
            if (learners.Count + problems.Select(p => p.Row).Distinct().Count() >= maxLearners)
                throw new RosterFormatException($"the roster has more than {maxLearners} learners; split it into smaller rosters");
            var (entry, rowProblems) = parser.Parse(row, cells);
            if (entry is not null) learners.Add(entry);
            problems.AddRange(rowProblems);
        }
        if (learners.Count == 0 && problems.Count == 0 && !someRowsRefused)
            throw new RosterFormatException("the roster has a header row but no learners");
        return new RosterReadResult(learners, problems) { Warnings = warnings };
    }

    private static bool StartsWithZipSignature(Stream stream)
    {
        var start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = start;
        return read == 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;
    }

    private static MemoryStream Buffer(Stream stream)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }

    internal static IReadOnlyDictionary<string, int> MapHeader(IReadOnlyList<string> header)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
            if (RosterColumns.Match(header[i]) is { } column && !map.ContainsKey(column))
                map[column] = i;
        var missing = RosterColumns.Required.Where(c => !map.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new RosterFormatException(
                $"the header row (row 1) lacks the column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; the columns are: {string.Join(", ", RosterColumns.All)}");
        return map;
    }
}
