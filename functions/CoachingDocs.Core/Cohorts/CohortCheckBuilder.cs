using System.IO.Compression;

namespace CoachingDocs.Core.Cohorts;

/// <summary>
/// Checks every learner of a cohort's submissions and writes one zip: a folder per learner with their outputs, and
/// the cohort tracker workbook. Learners are checked a few at a time and written in folder order as they finish, so
/// memory holds a handful of learners, not the cohort; the same submissions give byte-identical output.
/// </summary>
public sealed class CohortCheckBuilder(ILearnerChecker checker, CohortSettings? settings = null)
{
    public const string TrackerFileName = "cohort-tracker.xlsx";

    private readonly CohortSettings _settings = settings ?? new CohortSettings();

    public async Task<IReadOnlyList<TrackerRow>> BuildAsync(
        SubmissionBatch batch, string? unitId, Stream output, IProgress<CohortProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var rows = new List<TrackerRow>();
        var done = 0;
        var window = new Queue<Task<LearnerCheck>>();
        using var learners = batch.ReadLearners(FileProblems).GetEnumerator();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var more = true;
            while (more || window.Count > 0)
            {
                // Reading stays on this thread (a zip is not thread-safe); checking runs in parallel.
                while (more && window.Count < Math.Max(1, _settings.MaxParallelism) && (more = learners.MoveNext()))
                {
                    var submission = learners.Current;
                    window.Enqueue(Task.Run(() => checker.Check(submission, unitId), cancellationToken));
                }
                if (window.Count == 0) break;
                var check = await window.Dequeue().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                rows.Add(check.Row);
                foreach (var file in check.Outputs)
                {
                    var entry = zip.CreateEntry($"{SafeFileName.From(check.Row.Learner)}/{SafeFileName.From(file.FileName, "file")}",
                        file.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                            ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                    entry.LastWriteTime = _settings.EntryTimestamp;
                    await using var stream = entry.Open();
                    await stream.WriteAsync(file.Content, cancellationToken).ConfigureAwait(false);
                }
                progress?.Report(new CohortProgress(++done, batch.Count, 0));
            }

            var tracker = zip.CreateEntry(TrackerFileName, CompressionLevel.NoCompression);
            tracker.LastWriteTime = _settings.EntryTimestamp;
            await using var trackerStream = tracker.Open();
            var buffer = new MemoryStream();
            CohortTrackerWriter.Write(rows, buffer);
            await trackerStream.WriteAsync(WithFixedTimestamps(buffer, _settings.EntryTimestamp), cancellationToken).ConfigureAwait(false);
        }
        return rows;
    }

    /// <summary>The package's parts again with one timestamp: the SDK stamps parts with the clock, which would change the bytes.</summary>
    public static byte[] WithFixedTimestamps(MemoryStream package, DateTimeOffset timestamp)
    {
        package.Position = 0;
        var result = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var part in source.Entries)
            {
                var copy = target.CreateEntry(part.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = timestamp;
                using var from = part.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        return result.ToArray();
    }

    /// <summary>Files left out while reading (over the size limit); listed after <see cref="BuildAsync"/>.</summary>
    public List<SubmissionProblem> FileProblems { get; } = [];
}
