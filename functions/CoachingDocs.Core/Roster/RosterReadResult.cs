namespace CoachingDocs.Core.Roster;

/// <summary>The good rows of a roster and a problem for every bad one; good rows go ahead even when others are bad.</summary>
public sealed record RosterReadResult(IReadOnlyList<RosterEntry> Learners, IReadOnlyList<RosterProblem> Problems)
{
    /// <summary>What was assumed about the file as a whole (its text encoding), for the centre to confirm.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
