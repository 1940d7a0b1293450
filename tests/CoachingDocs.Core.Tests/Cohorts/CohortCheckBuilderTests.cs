using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Cohorts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CoachingDocs.Core.Tests.Cohorts;

public class CohortCheckBuilderTests
{
    /// <summary>Checks by file count, so the builder's orchestration is tested apart from the real checker (tested on its own).</summary>
    private sealed class CountingChecker : ILearnerChecker
    {
        public LearnerCheck Check(LearnerSubmission submission, string? unitId)
        {
            if (submission.Files.Any(f => f.FileName == "damaged.docx"))
                return new LearnerCheck(new TrackerRow { Learner = submission.Learner, Error = "damaged.docx could not be read" }, []);
            var row = new TrackerRow
            {
                Learner = submission.Learner, UnitId = unitId ?? "8585-302", Hours = submission.Files.Count * 4, Individuals = 2,
                Criteria = [new("1.1", submission.Files.Count), new("1.2", 1)],
            };
            return new LearnerCheck(row, [new SubmittedFile("report.json", Encoding.UTF8.GetBytes($"{{\"files\":{submission.Files.Count}}}"))]);
        }
    }

    private static MemoryStream Submissions()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var name in new[] { "Bea/diary.docx", "Bea/log.docx", "Al/diary.docx", "Cy/damaged.docx", "Dee/diary.docx" })
                zip.CreateEntry(name).Open().Dispose();
        stream.Position = 0;
        return stream;
    }

    private static async Task<(byte[] Zip, IReadOnlyList<TrackerRow> Rows)> RunAsync(int parallelism)
    {
        using var batch = CohortSubmissionReader.ReadZip(Submissions());
        var output = new MemoryStream();
        var rows = await new CohortCheckBuilder(new CountingChecker(), new CohortSettings { MaxParallelism = parallelism }).BuildAsync(batch, null, output);
        return (output.ToArray(), rows);
    }

    [Fact]
    public async Task Writes_each_learners_outputs_and_a_valid_tracker_in_folder_order()
    {
        var (zipBytes, rows) = await RunAsync(3);

        Assert.Equal(["Al", "Bea", "Cy", "Dee"], rows.Select(r => r.Learner));
        Assert.Equal([TrackerStatus.Green, TrackerStatus.Green, TrackerStatus.Red, TrackerStatus.Green], rows.Select(r => r.Status));
        Assert.Equal(8m, rows[1].Hours);
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        Assert.Equal(["Al/report.json", "Bea/report.json", "Dee/report.json", CohortCheckBuilder.TrackerFileName], zip.Entries.Select(e => e.FullName));
        var tracker = new MemoryStream();
        using (var entry = zip.GetEntry(CohortCheckBuilder.TrackerFileName)!.Open()) entry.CopyTo(tracker);
        using var workbook = SpreadsheetDocument.Open(tracker, false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
    }

    [Fact]
    public async Task The_same_submissions_give_byte_identical_output()
    {
        var first = await RunAsync(1);
        await Task.Delay(1100);
        var second = await RunAsync(4);
        Assert.Equal(first.Zip, second.Zip);
    }
}
