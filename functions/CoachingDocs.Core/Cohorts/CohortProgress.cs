namespace CoachingDocs.Core.Cohorts;

/// <summary>How far a cohort build has got: learners written to the output so far (of which resumed from checkpoints).</summary>
public sealed record CohortProgress(int Done, int Total, int Resumed)
{
    public int Percent => Total == 0 ? 100 : (int)(100L * Done / Total);
}
