using CoachingDocs.Core.Cohorts;
using CoachingDocs.Core.Roster;

namespace CoachingDocs.Api.Jobs;

/// <summary>
/// A cohort job as stored (jobs/{id}/job.json) and as the API shows it. Holds counts and reasons, never learner names,
/// so it can be logged and listed freely; roster problems name rows and columns.
/// </summary>
public sealed record CohortJob
{
    public required string Id { get; init; }
    public JobState State { get; init; } = JobState.Queued;

    /// <summary>"local" (in-process worker pool) or "queue" (Azure Storage queue fan-out).</summary>
    public string Mode { get; init; } = JobModes.Local;
    public int Total { get; init; }
    public int Done { get; init; }
    public int Percent => Total == 0 ? (State == JobState.Succeeded ? 100 : 0) : (int)(100L * Done / Total);
    public int Resumed { get; init; }
    public DateTimeOffset CreatedOn { get; init; }
    public DateTimeOffset ExpiresOn { get; init; }
    public DateTimeOffset? FinishedOn { get; init; }
    public bool CancelRequested { get; init; }
    public string RosterFileName { get; init; } = "roster";
    public IReadOnlyList<RosterProblem> RosterProblems { get; init; } = [];

    /// <summary>What was assumed about the roster as a whole (read as Windows-1252, not UTF-8), for the centre to confirm.</summary>
    public IReadOnlyList<string> RosterWarnings { get; init; } = [];
    public IReadOnlyList<CohortLearnerFailure> Failures { get; init; } = [];
    public string? Error { get; init; }

    /// <summary>The key that created the job, as <see cref="Security.RequestOwner"/> digests it; only that key sees the job.</summary>
    public string Owner { get; init; } = Security.RequestOwner.Open;

    /// <summary>The name the download is offered under, e.g. "cohort-20250314-ab12cd34.zip".</summary>
    public string OutputFileName { get; init; } = "cohort.zip";

    public bool IsFinished => State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;
}

public static class JobModes
{
    public const string Local = "local";
    public const string Queue = "queue";
}
