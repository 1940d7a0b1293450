namespace CoachingDocs.Core.Cohorts;

/// <summary>One learner's files from a cohort's submissions: the learner's folder name (sanitised) and the files in it.</summary>
public sealed record LearnerSubmission(string Learner, IReadOnlyList<SubmittedFile> Files);

/// <summary>A submitted file: its name (last path segment only) and content.</summary>
public sealed record SubmittedFile(string FileName, byte[] Content);

/// <summary>Something in the submissions that was left out, with where it is; the rest still goes ahead.</summary>
public sealed record SubmissionProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>The submissions as a whole cannot be used (not a zip, too big, too many entries).</summary>
public sealed class SubmissionFormatException(string message) : Exception(message);

/// <summary>Limits on a cohort's submissions (docs/cohorts.md); a learner's own files are limited again by the reader.</summary>
public sealed record SubmissionLimits
{
    public int MaxEntries { get; init; } = 10_000;
    public int MaxLearners { get; init; } = 1_000;
    public long MaxFileBytes { get; init; } = 60L * 1024 * 1024;
    public long MaxTotalBytes { get; init; } = 2L * 1024 * 1024 * 1024;
}
