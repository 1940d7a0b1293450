namespace CoachingDocs.Core.Cohorts;

/// <summary>Options for <see cref="CohortPackBuilder"/>.</summary>
public sealed record CohortSettings
{
    /// <summary>How many learners are generated at once; the output keeps roster order whatever finishes first.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The timestamp every zip entry gets, so the same input gives byte-identical output.</summary>
    public DateTimeOffset EntryTimestamp { get; init; } = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Part of every checkpoint key: change it when templates or the generator change, so old checkpoints are not reused.
    /// </summary>
    public string GeneratorVersion { get; init; } = "1";
}
