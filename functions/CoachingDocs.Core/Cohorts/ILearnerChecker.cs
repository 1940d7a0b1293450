namespace CoachingDocs.Core.Cohorts;

/// <summary>
/// Checks one learner's submission for the cohort check: their tracker row and the files to put in their folder
/// (the report, the auto-checked result sheet). A submission that cannot be checked gives a row with an error, not
/// an exception, so one damaged file does not stop the cohort.
/// </summary>
public interface ILearnerChecker
{
    LearnerCheck Check(LearnerSubmission submission, string? unitId);
}

/// <summary>One learner's check: their tracker row and output files (file name within their folder, content).</summary>
public sealed record LearnerCheck(TrackerRow Row, IReadOnlyList<SubmittedFile> Outputs);
