namespace CoachingDocs.Core.Roster;

/// <summary>The good rows of a roster and a problem for every bad one; good rows go ahead even when others are bad.</summary>
public sealed record RosterReadResult(IReadOnlyList<RosterEntry> Learners, IReadOnlyList<RosterProblem> Problems);
