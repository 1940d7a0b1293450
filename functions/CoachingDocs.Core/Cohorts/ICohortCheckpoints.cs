namespace CoachingDocs.Core.Cohorts;

/// <summary>
/// Where finished learners' packs are kept while a cohort is built, so that a re-run after a crash or a cancel skips
/// them. Saving must be all-or-nothing: a half-written checkpoint must never be read back as finished.
/// </summary>
public interface ICohortCheckpoints
{
    /// <summary>The saved pack for <paramref name="key"/>, or null when that learner is not finished.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);

    Task SaveAsync(string key, Stream pack, CancellationToken cancellationToken);
}
