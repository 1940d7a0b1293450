using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Cohorts;

namespace CoachingDocs.Core.Tests.Cohorts;

public class CohortSubmissionReaderTests
{
    private static MemoryStream Zip(params (string Name, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void A_folder_per_learner_gives_one_submission_each_in_name_order_skipping_system_files()
    {
        using var batch = CohortSubmissionReader.ReadZip(Zip(
            ("Zoe Brown/diary.docx", "z1"), ("Amir Khan/log.docx", "a1"), ("Amir Khan/forms/feedback 1.docx", "a2"),
            ("Amir Khan/.DS_Store", "x"), ("__MACOSX/Amir Khan/._log.docx", "x"), ("Zoe Brown/~$diary.docx", "lock"), ("notes.txt", "loose")));
        var problems = new List<SubmissionProblem>();
        var learners = batch.ReadLearners(problems).ToList();

        Assert.Equal(["Amir Khan", "Zoe Brown"], learners.Select(l => l.Learner));
        Assert.Equal(["log.docx", "feedback 1.docx"], learners[0].Files.Select(f => f.FileName));
        Assert.Equal("a2", Encoding.UTF8.GetString(learners[0].Files[1].Content));
        Assert.Equal(["diary.docx"], learners[1].Files.Select(f => f.FileName));
        var loose = Assert.Single(batch.Problems);
        Assert.Equal("notes.txt", loose.Path);
        Assert.Empty(problems);
    }

    [Fact]
    public void Folder_names_are_sanitised_and_paths_cannot_climb_out()
    {
        using var batch = CohortSubmissionReader.Group([
            new("..\\..\\etc\\passwd", 1, () => new MemoryStream([1])),
            new("=cmd|x/../diary.docx", 1, () => new MemoryStream([2])),
        ]);
        var learners = batch.ReadLearners(new List<SubmissionProblem>()).ToList();
        Assert.Equal(["cmd_x", "etc"], learners.Select(l => l.Learner).Order(StringComparer.Ordinal));
        Assert.All(learners.SelectMany(l => l.Files), f => Assert.DoesNotContain("/", f.FileName));
    }

    [Fact]
    public void A_file_over_the_limit_is_left_out_with_a_problem_and_the_total_limit_stops_the_batch()
    {
        var big = new string('x', 5000);
        using (var batch = CohortSubmissionReader.ReadZip(Zip(("A/big.docx", big), ("A/small.docx", "s"), ("B/ok.docx", "o")), new SubmissionLimits { MaxFileBytes = 1000 }))
        {
            var problems = new List<SubmissionProblem>();
            var learners = batch.ReadLearners(problems).ToList();
            Assert.Equal(["small.docx"], learners[0].Files.Select(f => f.FileName));
            Assert.Equal("A/big.docx", Assert.Single(problems).Path);
        }

        using var tooMuch = CohortSubmissionReader.ReadZip(Zip(("A/1.docx", big), ("B/2.docx", big)), new SubmissionLimits { MaxTotalBytes = 6000 });
        var ex = Assert.Throws<SubmissionFormatException>(() => tooMuch.ReadLearners(new List<SubmissionProblem>()).ToList());
        Assert.Contains("smaller batches", ex.Message);
    }

    [Fact]
    public void A_lying_entry_size_is_caught_by_counting_what_inflates()
    {
        using var batch = CohortSubmissionReader.Group([new("A/bomb.docx", 10, () => new MemoryStream(new byte[50_000]))], new SubmissionLimits { MaxFileBytes = 20_000 });
        var problems = new List<SubmissionProblem>();
        Assert.Empty(batch.ReadLearners(problems).Single().Files);
        Assert.Single(problems);
    }

    [Fact]
    public void Unusable_submissions_are_refused_clearly()
    {
        Assert.Contains("not a zip", Assert.Throws<SubmissionFormatException>(() => CohortSubmissionReader.ReadZip(new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.7")))).Message);
        Assert.Contains("no learner folders", Assert.Throws<SubmissionFormatException>(() => CohortSubmissionReader.ReadZip(Zip(("diary.docx", "x")))).Message);
        Assert.Contains("no files", Assert.Throws<SubmissionFormatException>(() => CohortSubmissionReader.ReadZip(Zip())).Message);
        Assert.Contains("at most 3", Assert.Throws<SubmissionFormatException>(() =>
            CohortSubmissionReader.ReadZip(Zip(("a/1", ""), ("a/2", ""), ("a/3", ""), ("a/4", "")), new SubmissionLimits { MaxEntries = 3 })).Message);
    }
}
