using System.IO.Compression;

namespace CoachingDocs.Core.Cohorts;

/// <summary>
/// Groups a cohort's submissions by learner: a zip with a folder per learner, or many uploaded files whose names
/// start with the learner's folder ("Jane Smith/diary.docx", as a browser sends a folder upload). Learners come out
/// one at a time in folder-name order, so only one learner's files are in memory at once. Files are read with hard
/// size limits whatever sizes the zip claims, so a zip bomb stops at the limit.
/// </summary>
public static class CohortSubmissionReader
{
    public sealed record Entry(string Path, long Length, Func<Stream> Open);

    /// <summary>Reads a zip of learner folders. Throws <see cref="SubmissionFormatException"/> when it is not a usable zip.</summary>
    public static SubmissionBatch ReadZip(Stream zip, SubmissionLimits? limits = null)
    {
        limits ??= new SubmissionLimits();
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentOutOfRangeException or IOException)
        {
            throw new SubmissionFormatException("the submissions are not a zip file; send a zip with a folder per learner");
        }
        if (archive.Entries.Count > limits.MaxEntries)
            throw new SubmissionFormatException($"the zip has {archive.Entries.Count:N0} entries; at most {limits.MaxEntries:N0} are accepted");
        var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => new Entry(e.FullName, e.Length, e.Open)).ToList();
        return Group(entries, limits, archive);
    }

    /// <summary>Groups entries (zip entries or uploaded files) by their first path segment.</summary>
    public static SubmissionBatch Group(IReadOnlyList<Entry> entries, SubmissionLimits? limits = null, IDisposable? owner = null)
    {
        limits ??= new SubmissionLimits();
        if (entries.Count > limits.MaxEntries)
            throw new SubmissionFormatException($"{entries.Count:N0} files were sent; at most {limits.MaxEntries:N0} are accepted");
        var problems = new List<SubmissionProblem>();
        var groups = new SortedDictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var parts = entry.Path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p is not "." and not "..").ToArray();
            if (parts.Length == 0 || IsSystemFile(parts)) continue;
            if (parts.Length == 1)
            {
                problems.Add(new SubmissionProblem(SafeFileName.From(parts[0], "file"), "is not in a learner's folder; put each learner's files in a folder named after them"));
                continue;
            }
            var learner = SafeFileName.From(parts[0]);
            if (!groups.TryGetValue(learner, out var list))
                groups[learner] = list = [];
            list.Add(entry with { Path = SafeFileName.From(parts[^1], "file") });
        }
        if (groups.Count > limits.MaxLearners)
            throw new SubmissionFormatException($"the submissions hold {groups.Count:N0} learner folders; at most {limits.MaxLearners:N0} are checked at once");
        if (groups.Count == 0)
            throw new SubmissionFormatException(problems.Count > 0
                ? "no learner folders were found: put each learner's files in a folder named after them"
                : "the submissions hold no files");
        return new SubmissionBatch(groups.Select(g => (g.Key, (IReadOnlyList<Entry>)g.Value)).ToList(), problems, limits, owner);
    }

    private static bool IsSystemFile(string[] parts) =>
        parts.Any(p => p.StartsWith('.') || p.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase))
        || parts[^1].StartsWith("~$", StringComparison.Ordinal)
        || parts[^1].Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
        || parts[^1].Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The learners found in the submissions, read one at a time by <see cref="ReadLearners"/>.</summary>
public sealed class SubmissionBatch(
    IReadOnlyList<(string Learner, IReadOnlyList<CohortSubmissionReader.Entry> Files)> learners,
    IReadOnlyList<SubmissionProblem> problems,
    SubmissionLimits limits,
    IDisposable? owner) : IDisposable
{
    public int Count => learners.Count;
    public IReadOnlyList<SubmissionProblem> Problems => problems;

    /// <summary>
    /// Each learner's files in turn. A file over the size limit is left out with a problem (added to
    /// <paramref name="fileProblems"/>); going over the total limit stops the whole batch.
    /// </summary>
    public IEnumerable<LearnerSubmission> ReadLearners(ICollection<SubmissionProblem> fileProblems)
    {
        long total = 0;
        foreach (var (learner, entries) in learners)
        {
            var files = new List<SubmittedFile>();
            foreach (var entry in entries)
            {
                var content = ReadBounded(entry, limits.MaxFileBytes);
                if (content is null)
                {
                    fileProblems.Add(new SubmissionProblem($"{learner}/{entry.Path}", $"is larger than {limits.MaxFileBytes / 1024 / 1024} MB and was not checked"));
                    continue;
                }
                total += content.Length;
                if (total > limits.MaxTotalBytes)
                    throw new SubmissionFormatException($"the submissions unpack to more than {limits.MaxTotalBytes / 1024 / 1024:N0} MB; send them in smaller batches");
                files.Add(new SubmittedFile(entry.Path, content));
            }
            yield return new LearnerSubmission(learner, files);
        }
    }

    public void Dispose() => owner?.Dispose();

    private static byte[]? ReadBounded(CohortSubmissionReader.Entry entry, long max)
    {
        if (entry.Length > max) return null;
        using var source = entry.Open();
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk)) > 0)
        {
            // The size a zip declares can lie; count what actually inflates.
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
