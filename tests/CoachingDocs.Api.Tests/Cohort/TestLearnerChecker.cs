using System.Text;
using CoachingDocs.Core.Cohorts;

namespace CoachingDocs.Api.Tests.Cohort;

/// <summary>
/// A learner checker for the API tests of batch checking (the endpoint and storage are under test here; the real
/// checker's adapter is tested in Core): hours = 6 per file, "damaged" in a file name = could not be checked.
/// </summary>
public sealed class TestLearnerChecker : ILearnerChecker
{
    public LearnerCheck Check(LearnerSubmission submission, string? unitId)
    {
        if (submission.Files.Any(f => f.FileName.Contains("damaged")))
            return new LearnerCheck(new TrackerRow { Learner = submission.Learner, Error = "a file could not be read" }, []);
        var row = new TrackerRow
        {
            Learner = submission.Learner, UnitId = unitId ?? "8585-302", Hours = submission.Files.Count * 6, Individuals = 2, SupervisionSessions = 1,
            Criteria = [new("1.1", submission.Files.Count), new("1.2", submission.Files.Count > 1 ? 1 : 0)],
            Findings = submission.Files.Count > 1 ? [] : ["AC_1.2_NO_EVIDENCE: no evidence found for AC 1.2"],
        };
        return new LearnerCheck(row, [new SubmittedFile("report.json", Encoding.UTF8.GetBytes("{\"unit\":\"" + row.UnitId + "\"}"))]);
    }
}
