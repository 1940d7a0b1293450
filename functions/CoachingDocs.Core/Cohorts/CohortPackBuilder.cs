using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Roster;
using CoachingDocs.Core.Validation;

namespace CoachingDocs.Core.Cohorts;

/// <summary>
/// Builds one zip for a whole cohort, a folder per learner holding their pack, streamed to the output: a few learners
/// are generated at a time and written in roster order, so memory stays flat whatever the cohort size. Each finished
/// learner is checkpointed first, so a re-run after a crash or cancel writes it from the checkpoint instead of
/// generating it again. The same roster gives byte-identical output (fixed order, fixed timestamps).
/// </summary>
public sealed class CohortPackBuilder(IDocumentGenerator generator, CohortSettings? settings = null)
{
    private readonly CohortSettings _settings = settings ?? new CohortSettings();

    public async Task<CohortResult> BuildAsync(
        IReadOnlyList<RosterEntry> learners,
        Stream output,
        ICohortCheckpoints? checkpoints = null,
        IProgress<CohortProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var failures = new List<CohortLearnerFailure>();
        int done = 0, resumed = 0, generated = 0;
        var folders = LearnerFolders(learners);
        var window = new Queue<Task<LearnerPack>>();
        var next = 0;

        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            while (next < learners.Count || window.Count > 0)
            {
                // Keep a bounded number of learners in flight; the oldest is always written first to keep roster order.
                while (window.Count < Math.Max(1, _settings.MaxParallelism) && next < learners.Count)
                {
                    var entry = learners[next++];
                    window.Enqueue(Task.Run(() => PrepareAsync(entry, checkpoints, cancellationToken), cancellationToken));
                }
                var pack = await window.Dequeue().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (pack.Failure is { } failure)
                    failures.Add(failure);
                else
                {
                    CopyInto(zip, folders[pack.Entry], pack.Zip!);
                    if (pack.Resumed) resumed++; else generated++;
                }
                pack.Zip?.Dispose();
                progress?.Report(new CohortProgress(++done, learners.Count, resumed));
            }
        }
        return new CohortResult(learners.Count, generated, resumed, failures);
    }

    /// <summary>
    /// Generates and checkpoints learners without writing a cohort zip: the fan-out path, where queue-triggered workers
    /// each take a slice of the roster and a final <see cref="BuildAsync"/> assembles the zip from the checkpoints.
    /// </summary>
    public async Task<IReadOnlyList<CohortLearnerFailure>> CheckpointAsync(
        IReadOnlyList<RosterEntry> learners, ICohortCheckpoints checkpoints, CancellationToken cancellationToken = default)
    {
        var failures = new List<CohortLearnerFailure>();
        using var gate = new SemaphoreSlim(Math.Max(1, _settings.MaxParallelism));
        var tasks = learners.Select(async entry =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var pack = await Task.Run(() => PrepareAsync(entry, checkpoints, cancellationToken), cancellationToken).ConfigureAwait(false);
                pack.Zip?.Dispose();
                return pack.Failure;
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        foreach (var failure in await Task.WhenAll(tasks).ConfigureAwait(false))
            if (failure is not null) failures.Add(failure);
        return failures;
    }

    /// <summary>The learner's folder in the cohort zip: sanitised "registration number name", unique within the cohort.</summary>
    public static IReadOnlyDictionary<RosterEntry, string> LearnerFolders(IReadOnlyList<RosterEntry> learners)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var folders = new Dictionary<RosterEntry, string>(ReferenceEqualityComparer.Instance);
        foreach (var entry in learners)
        {
            var folder = SafeFileName.From($"{entry.Learner.RegistrationNumber} {entry.Learner.Name}");
            var candidate = folder;
            for (var n = 2; !used.Add(candidate); n++)
                candidate = $"{folder} ({n})";
            folders[entry] = candidate;
        }
        return folders;
    }

    /// <summary>
    /// A checkpoint key from everything that shapes the learner's pack (and the generator version), hashed so that keys,
    /// and so blob names and file names of checkpoints, never carry personal data.
    /// </summary>
    public string CheckpointKey(RosterEntry entry)
    {
        var json = JsonSerializer.Serialize(new { entry.Learner, entry.QualificationId, entry.Units, _settings.GeneratorVersion });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..32];
    }

    private async Task<LearnerPack> PrepareAsync(RosterEntry entry, ICohortCheckpoints? checkpoints, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = CheckpointKey(entry);
        if (checkpoints is not null && await checkpoints.OpenAsync(key, cancellationToken).ConfigureAwait(false) is { } saved)
        {
            await using (saved)
            {
                var copy = new MemoryStream();
                await saved.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
                copy.Position = 0;
                return new LearnerPack(entry, copy, Resumed: true, Failure: null);
            }
        }

        MemoryStream pack;
        try
        {
            pack = GeneratePack(entry);
        }
        catch (InvalidRequestException ex)
        {
            var reasons = string.Join("; ", ex.Problems.Select(p => $"{p.Field} {p.Message}"));
            return new LearnerPack(entry, null, Resumed: false, new CohortLearnerFailure(entry.Row, reasons));
        }
        if (checkpoints is not null)
        {
            await checkpoints.SaveAsync(key, pack, cancellationToken).ConfigureAwait(false);
            pack.Position = 0;
        }
        return new LearnerPack(entry, pack, Resumed: false, Failure: null);
    }

    /// <summary>The learner's pack as a normalised zip: the generator's entries with fixed timestamps, one folder per unit.</summary>
    private MemoryStream GeneratePack(RosterEntry entry)
    {
        var normalised = new MemoryStream();
        using (var target = new ZipArchive(normalised, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (entry.Units.Count == 0)
            {
                using var pack = new MemoryStream();
                generator.GenerateQualificationPack(entry.QualificationId, entry.Learner, pack);
                CopyEntries(pack, target, prefix: "");
            }
            else
            {
                foreach (var unit in entry.Units)
                {
                    using var pack = new MemoryStream();
                    generator.GenerateUnitPack(unit, entry.QualificationId, entry.Learner, pack);
                    CopyEntries(pack, target, prefix: SafeFileName.From(unit, "unit") + "/");
                }
            }
        }
        normalised.Position = 0;
        return normalised;
    }

    private void CopyInto(ZipArchive zip, string folder, MemoryStream pack) => CopyEntries(pack, zip, folder + "/");

    private void CopyEntries(Stream source, ZipArchive target, string prefix)
    {
        source.Position = 0;
        using var archive = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue;
            var path = prefix + SafeEntryPath(entry.FullName);
            // Word and Excel files are zips already: storing them is as small as deflating them again, and much faster.
            var level = path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                ? CompressionLevel.NoCompression
                : CompressionLevel.Optimal;
            var created = target.CreateEntry(path, level);
            created.LastWriteTime = _settings.EntryTimestamp;
            using var from = entry.Open();
            using var to = created.Open();
            from.CopyTo(to);
        }
    }

    // Entry names come from the generator, but a cohort zip is unpacked by other tools: never let one climb out of its folder.
    private static string SafeEntryPath(string fullName) =>
        string.Join('/', fullName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part is not "." and not "..")
            .Select(part => SafeFileName.From(part, "file")));

    private sealed record LearnerPack(RosterEntry Entry, MemoryStream? Zip, bool Resumed, CohortLearnerFailure? Failure);
}
