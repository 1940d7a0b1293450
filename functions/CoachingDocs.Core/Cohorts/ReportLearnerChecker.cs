using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reports;

namespace CoachingDocs.Core.Cohorts;

/// <summary>
/// The cohort check's view of the single-learner checker (Checking/CheckRunner): runs it on a learner's files as one
/// portfolio and turns the report into their tracker row and folder: the report (JSON), the auto-checked result sheet
/// and the filled evidence matrix. A submission the checker refuses (REJECT_*) becomes a red row with the reason.
/// </summary>
public sealed class ReportLearnerChecker(QualificationCatalogue catalogue, DocumentGenerator generator, TimeProvider? clock = null, UploadLimits? limits = null) : ILearnerChecker
{
    public LearnerCheck Check(LearnerSubmission submission, string? unitId)
    {
        CheckReport report;
        try
        {
            var files = submission.Files.Select(f => new UploadedFile(f.FileName, new MemoryStream(f.Content, writable: false))).ToList();
            report = CheckRunner.Run(catalogue, files, unitId, limits, clock);
        }
        catch (UploadRejectedException ex)
        {
            return new LearnerCheck(new TrackerRow { Learner = submission.Learner, UnitId = unitId, Error = $"{ex.Code}: {ex.Message}" }, []);
        }

        var unit = catalogue.FindUnit(report.Unit.Id)!;
        var outputs = new List<SubmittedFile>();
        foreach (var format in new[] { ReportFormats.Json, ReportFormats.Docx, ReportFormats.Matrix })
        {
            using var buffer = new MemoryStream();
            var written = ReportWriter.Write(report, unit, format, buffer, generator);
            outputs.Add(new SubmittedFile(written.FileName, buffer.ToArray()));
        }
        return new LearnerCheck(RowFor(submission.Learner, report), outputs);
    }

    public static TrackerRow RowFor(string learner, CheckReport report) => new()
    {
        Learner = learner,
        UnitId = report.Unit.Id,
        UnitTitle = report.Unit.Title,
        Hours = report.Hours.Total,
        Individuals = report.Clients,
        SupervisionSessions = report.Supervision.Sessions,
        SupervisionHours = report.Supervision.Hours,
        RulesNotMet = report.Rules.Count(r => r.Status == RuleStatus.NotMet),
        // An AC evidenced by design (a non-empty template section) counts as one piece of evidence.
        Criteria = report.Criteria.Select(c => new TrackerCriterion(c.Ref, c.Status == "evidenced" ? Math.Max(1, c.Evidence.Count) : 0)).ToList(),
        Findings = report.Findings.Select(f => f.Location is null ? $"{f.Code}: {f.Message}" : $"{f.Code}: {f.Message} ({f.Location})").ToList(),
    };
}
