namespace CoachingDocs.Api.Jobs;

/// <summary>One queue message of the fan-out: generate roster learners [First, First + Count) of job <see cref="JobId"/>.</summary>
public sealed record CohortWorkMessage(string JobId, int First, int Count);
