using System.IO.Compression;
using System.Text.Json;
using CoachingDocs.Api.Storage;
using CoachingDocs.Core.Cohorts;

namespace CoachingDocs.Api.Jobs;

/// <summary>
/// Batch checking: checks a cohort's submissions in the request (200 learners take seconds) and keeps the results
/// zip, the tracker and the summary in storage with the usual expiry, for the page to show and download.
/// </summary>
public sealed class CohortCheckService(IBlobStorage storage, ILearnerChecker checker, CohortSettings cohortSettings, StorageSettings storageSettings,
    TimeProvider clock, ILogger<CohortCheckService> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Output(string id) => $"checks/{Checked(id)}/results.zip";
    public static string Tracker(string id) => $"checks/{Checked(id)}/{CohortCheckBuilder.TrackerFileName}";
    public static string Summary(string id) => $"checks/{Checked(id)}/summary.json";

    public async Task<CohortCheckSummary> CheckAsync(SubmissionBatch batch, string? unitId, string owner, CancellationToken cancellationToken)
    {
        var id = JobBlobNames.NewJobId();
        var now = clock.GetUtcNow();
        var expires = now + storageSettings.Retention;
        var temporary = Path.Combine(Path.GetTempPath(), $"coachingdocs-check-{id}.zip");
        await using var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var builder = new CohortCheckBuilder(checker, cohortSettings);
        var rows = await builder.BuildAsync(batch, unitId, output, null, cancellationToken);

        output.Position = 0;
        await storage.UploadAsync(Output(id), output, new BlobUploadOptions("application/zip", expires), cancellationToken);
        output.Position = 0;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Read, leaveOpen: true))
        await using (var tracker = zip.GetEntry(CohortCheckBuilder.TrackerFileName)!.Open())
            await storage.UploadAsync(Tracker(id), tracker, new BlobUploadOptions("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", expires), cancellationToken);

        var summary = new CohortCheckSummary(id, now, expires, rows, batch.Problems.Concat(builder.FileProblems).ToList(),
            $"/api/cohorts/checks/{id}/download", $"/api/cohorts/checks/{id}/tracker") { Owner = owner };
        await storage.UploadAsync(Summary(id), new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(summary, Json)), new BlobUploadOptions("application/json", expires), cancellationToken);
        logger.LogInformation("Cohort check {CheckId}: {Learners} learners, {Ready} ready, {Unreadable} could not be checked",
            id, rows.Count, rows.Count(r => r.ReadyForAssessment), rows.Count(r => r.Error is not null));
        return summary;
    }

    /// <summary>The check's summary; null when there is none, it has expired, or another key made it.</summary>
    public async Task<CohortCheckSummary?> GetAsync(string id, string owner, CancellationToken cancellationToken)
    {
        if (!JobBlobNames.IsJobId(id)) return null;
        await using var download = await storage.DownloadAsync(Summary(id), cancellationToken);
        if (download is null) return null;
        var summary = await JsonSerializer.DeserializeAsync<CohortCheckSummary>(download.Content, Json, cancellationToken);
        return summary is null || summary.ExpiresOn <= clock.GetUtcNow() || !string.Equals(summary.Owner, owner, StringComparison.Ordinal) ? null : summary;
    }

    public async Task<BlobDownload?> OpenAsync(string id, bool trackerOnly, string owner, CancellationToken cancellationToken) =>
        await GetAsync(id, owner, cancellationToken) is null ? null : await storage.DownloadAsync(trackerOnly ? Tracker(id) : Output(id), cancellationToken);

    private static string Checked(string id) => JobBlobNames.IsJobId(id) ? id : throw new ArgumentException("not a check id", nameof(id));
}

/// <summary>What a cohort check found: a tracker row per learner, what was left out, and where to download the results.</summary>
public sealed record CohortCheckSummary(
    string Id, DateTimeOffset CheckedOn, DateTimeOffset ExpiresOn, IReadOnlyList<TrackerRow> Learners, IReadOnlyList<SubmissionProblem> Problems,
    string DownloadUrl, string TrackerUrl)
{
    /// <summary>The key that made the check, as <see cref="Security.RequestOwner"/> digests it; only that key sees it.</summary>
    public string Owner { get; init; } = Security.RequestOwner.Open;
}
