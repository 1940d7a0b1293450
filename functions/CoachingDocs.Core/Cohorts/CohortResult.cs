namespace CoachingDocs.Core.Cohorts;

/// <summary>
/// What a cohort build did. A learner the generator refused (bad details for one unit, say) is listed in
/// <see cref="Failures"/> by roster row and the others still go ahead.
/// </summary>
public sealed record CohortResult(int Learners, int Generated, int Resumed, IReadOnlyList<CohortLearnerFailure> Failures);

/// <summary>One learner left out of the output: roster row and the reason (no learner name, which must not reach logs).</summary>
public sealed record CohortLearnerFailure(int Row, string Reason);
