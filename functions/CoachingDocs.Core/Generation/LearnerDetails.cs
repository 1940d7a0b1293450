namespace CoachingDocs.Core.Generation;

/// <summary>What a centre knows about a learner before they start a unit; everything the generator personalises with.</summary>
public sealed record LearnerDetails
{
    public string Name { get; init; } = "";
    public string RegistrationNumber { get; init; } = "";
    public string CentreName { get; init; } = "";
    public string CentreNumber { get; init; } = "";
    public string? AssessorName { get; init; }
    public IReadOnlyList<string> ClientRefs { get; init; } = [];
    public int? PlannedSessions { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
}
