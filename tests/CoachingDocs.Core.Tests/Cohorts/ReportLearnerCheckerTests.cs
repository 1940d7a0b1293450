using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Cohorts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Cohorts;

/// <summary>The real single-learner checker behind the cohort check, on documents written by LibreOffice and npm docx.</summary>
public class ReportLearnerCheckerTests
{
    private static readonly ReportLearnerChecker Checker = new(TestCatalogue.Instance, new CoachingDocs.Core.Generation.DocumentGenerator(TestCatalogue.Instance));

    [Fact]
    public void A_libreoffice_diary_gives_its_exact_figures_findings_and_outputs()
    {
        var check = Checker.Check(new LearnerSubmission("Jo Bloggs", [new SubmittedFile("diary.docx", Asset(LibreOfficeIlmLayout))]), "8585-302");

        var row = check.Row;
        Assert.Null(row.Error);
        Assert.Equal(("8585-302", 12.5m, 2, 2), (row.UnitId, row.Hours, row.Individuals, row.SupervisionSessions));
        // Hours, individuals and supervision are met; a reflection and a feedback for every session are not (one session lacks each).
        Assert.Equal(2, row.RulesNotMet);
        Assert.Contains(row.Findings, f => f.StartsWith("AC_2.1_NO_EVIDENCE: "));
        Assert.Contains(row.Findings, f => f.StartsWith("STATED_TOTAL_MISMATCH: "));
        Assert.Equal(0, row.Criteria.Single(c => c.Ref == "2.1").EvidenceCount);
        Assert.True(row.Criteria.Single(c => c.Ref == "1.1").EvidenceCount > 0);
        Assert.Equal(TrackerStatus.Red, row.Status);

        Assert.Equal(3, check.Outputs.Count);
        using var report = System.Text.Json.JsonDocument.Parse(check.Outputs.Single(o => o.FileName.EndsWith(".json")).Content);
        Assert.Equal(750, report.RootElement.GetProperty("hours").GetProperty("totalMinutes").GetInt32());
        using var sheet = WordprocessingDocument.Open(new MemoryStream(check.Outputs.Single(o => o.FileName.EndsWith("result-sheet.docx")).Content), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(sheet));
    }

    [Fact]
    public void A_submission_the_checker_refuses_is_a_red_row_with_the_reason_not_an_exception()
    {
        var check = Checker.Check(new LearnerSubmission("Jo", [new SubmittedFile("diary.docx", "%PDF-1.7 not word"u8.ToArray())]), "8585-302");
        Assert.StartsWith("REJECT_", check.Row.Error);
        Assert.Equal(TrackerStatus.Red, check.Row.Status);
        Assert.Empty(check.Outputs);
    }

    [Fact]
    public async Task A_cohort_of_real_documents_becomes_a_tracker_with_each_learners_figures()
    {
        var submissions = new MemoryStream();
        using (var zip = new ZipArchive(submissions, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in new[] { ("Ann/diary.docx", Asset(LibreOfficeIlmLayout)), ("Ben/diary.docx", Asset(NpmDocxFreeFormat)), ("Cat/diary.docx", "junk"u8.ToArray()) })
                using (var entry = zip.CreateEntry(name).Open()) entry.Write(bytes);
        }
        submissions.Position = 0;
        var output = new MemoryStream();
        using (var batch = CohortSubmissionReader.ReadZip(submissions))
            await new CohortCheckBuilder(Checker).BuildAsync(batch, "8585-302", output);

        using var results = new ZipArchive(new MemoryStream(output.ToArray()));
        var tracker = new MemoryStream();
        using (var stream = results.GetEntry(CohortCheckBuilder.TrackerFileName)!.Open()) stream.CopyTo(tracker);
        using var workbook = SpreadsheetDocument.Open(tracker, false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        var rows = workbook.WorkbookPart!.WorksheetParts.First().Worksheet.Descendants<Row>().Skip(1)
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        Assert.Equal(["Ann", "Ben", "Cat"], rows.Select(r => r[0]));
        Assert.Equal("12.5", rows[0][4]);
        Assert.Equal("Red", rows[2][2]);
        Assert.Contains(results.Entries, e => e.FullName.StartsWith("Ann/") && e.FullName.EndsWith("result-sheet.docx"));
    }
}
