namespace CoachingDocs.Core.Cohorts;

/// <summary>
/// One learner's line of the cohort tracker: the figures of their check, or why it could not run. <see cref="Learner"/>
/// is the label the centre gave the learner's folder; the tracker writes it as text, never as a formula.
/// </summary>
public sealed record TrackerRow
{
    public required string Learner { get; init; }
    public string? UnitId { get; init; }
    public string? UnitTitle { get; init; }
    public decimal Hours { get; init; }
    public int Individuals { get; init; }
    public int SupervisionSessions { get; init; }
    public decimal SupervisionHours { get; init; }
    public int RulesNotMet { get; init; }
    public IReadOnlyList<TrackerCriterion> Criteria { get; init; } = [];
    public IReadOnlyList<string> Findings { get; init; } = [];

    /// <summary>Set when the learner's files could not be checked at all (e.g. a damaged file); the other figures are then empty.</summary>
    public string? Error { get; init; }

    public int CriteriaEvidenced => Criteria.Count(c => c.EvidenceCount > 0);

    /// <summary>
    /// Red: could not be checked, or a unit rule is not met. Amber: rules met, but an AC lacks evidence or there are
    /// findings. Green: ready for assessment.
    /// </summary>
    public TrackerStatus Status =>
        Error is not null || RulesNotMet > 0 ? TrackerStatus.Red
        : CriteriaEvidenced < Criteria.Count || Findings.Count > 0 ? TrackerStatus.Amber
        : TrackerStatus.Green;

    public bool ReadyForAssessment => Status == TrackerStatus.Green;
}

/// <summary>An AC of the learner's unit and how many pieces of evidence the check located for it (0 = none).</summary>
public sealed record TrackerCriterion(string Ref, int EvidenceCount);

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TrackerStatus>))]
public enum TrackerStatus
{
    Green,
    Amber,
    Red,
}
