using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Cohorts;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Roster;

namespace CoachingDocs.Bench;

/// <summary>
/// dotnet run -c Release --project bench/CoachingDocs.Bench -- cohort [learners] [catalogue-folder]
/// A roster of N learners (default 500) for the L3 Certificate in Effective Coaching (8585-300, 302, 303) to one
/// cohort zip, streamed to a temporary file: wall time, peak working set, output size. Targets: 500 in 15 s, 500 MB.
/// </summary>
public static class CohortBenchmark
{
    public const string Qualification = "8585-certificate";

    public static int Run(string[] args)
    {
        var learners = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 500;
        var catalogue = CatalogueLoader.Load(args.Length > 1 ? args[1] : Path.Combine(RepositoryRoot(), "templates", "catalogue"));
        var generator = new DocumentGenerator(catalogue);

        var csv = new StringBuilder("Learner name,Registration number,Centre name,Centre number,Qualification,Assessor,Client references,Start date,Planned sessions\n");
        for (var i = 1; i <= learners; i++)
            csv.Append($"Learner {i:0000} Example,ILM25-{i:00000},Northgate Training Centre,123456,{Qualification},Priya Shah,CL-A;CL-B,2025-03-03,12\n");
        var roster = RosterReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), catalogue);
        if (roster.Problems.Count > 0)
            throw new InvalidOperationException("bench roster has problems: " + string.Join("; ", roster.Problems));

        var folder = Directory.CreateTempSubdirectory("cohort-bench-").FullName;
        try
        {
            // Warm-up: JIT and template caches, not counted.
            using (var warm = new FileStream(Path.Combine(folder, "warm.zip"), FileMode.Create))
                new CohortPackBuilder(generator).BuildAsync(roster.Learners.Take(4).ToList(), warm).GetAwaiter().GetResult();

            var path = Path.Combine(folder, "cohort.zip");
            var checkpoints = new FolderCohortCheckpoints(Path.Combine(folder, "checkpoints"));
            var watch = Stopwatch.StartNew();
            CohortResult result;
            using (var output = new FileStream(path, FileMode.Create))
                result = new CohortPackBuilder(generator).BuildAsync(roster.Learners, output, checkpoints).GetAwaiter().GetResult();
            watch.Stop();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var size = new FileInfo(path).Length;

            var resumeWatch = Stopwatch.StartNew();
            using (var output = new FileStream(path + ".resumed", FileMode.Create))
                new CohortPackBuilder(generator).BuildAsync(roster.Learners, output, checkpoints).GetAwaiter().GetResult();
            resumeWatch.Stop();
            var identical = File.ReadAllBytes(path).AsSpan().SequenceEqual(File.ReadAllBytes(path + ".resumed"));

            Console.WriteLine($"cohort: {learners} learners ({Qualification}), {Environment.ProcessorCount} cores");
            Console.WriteLine($"  generate all packs (with checkpoints): {watch.Elapsed.TotalSeconds:F2} s  ({learners / watch.Elapsed.TotalSeconds:F1} learners/s), target <= 15 s for 500");
            Console.WriteLine($"  peak working set: {peak / 1024.0 / 1024.0:F0} MB, target <= 500 MB");
            Console.WriteLine($"  output: {size / 1024.0 / 1024.0:F1} MB, {result.Generated} generated, {result.Failures.Count} refused");
            Console.WriteLine($"  re-run resuming every learner from checkpoints: {resumeWatch.Elapsed.TotalSeconds:F2} s, byte-identical: {identical}");
            return result.Failures.Count == 0 && identical ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// cohort-check [learners]: a cohort's submissions zip with a folder per learner holding a filled 8585-302 coaching
    /// diary in the ILM layout (12 sessions, two clients, supervision) and the generator's reflective log, checked into
    /// every learner's report, result sheet and evidence matrix plus the tracker. Target: 200 learners in 5 s.
    /// </summary>
    public static int RunCheck(string[] args)
    {
        var learners = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 200;
        var catalogue = CatalogueLoader.Load(args.Length > 1 ? args[1] : Path.Combine(RepositoryRoot(), "templates", "catalogue"));
        var generator = new DocumentGenerator(catalogue);
        var log = new MemoryStream();
        generator.Generate(new DocumentRequest("reflective-log", "8585-302", "8585-certificate", new LearnerDetails
        {
            Name = "Learner", RegistrationNumber = "ILM25-00000", CentreName = "Northgate", CentreNumber = "123456", ClientRefs = ["C1", "C2"],
        }), log);
        var submissions = new MemoryStream();
        using (var zip = new ZipArchive(submissions, ZipArchiveMode.Create, leaveOpen: true))
            for (var i = 1; i <= learners; i++)
            {
                using (var diary = zip.CreateEntry($"Learner {i:0000}/coaching-diary.docx").Open()) diary.Write(Diary(12 + i % 3));
                using (var entry = zip.CreateEntry($"Learner {i:0000}/reflective-log.docx").Open()) entry.Write(log.ToArray());
            }

        var watch = Stopwatch.StartNew();
        IReadOnlyList<TrackerRow> rows;
        submissions.Position = 0;
        long size;
        var output = new MemoryStream();
        using (var batch = CohortSubmissionReader.ReadZip(submissions))
            rows = new CohortCheckBuilder(new ReportLearnerChecker(catalogue, generator)).BuildAsync(batch, "8585-302", output).GetAwaiter().GetResult();
        watch.Stop();
        size = output.Length;
        Console.WriteLine($"cohort check: {learners} learners' 8585-302 submissions ({submissions.Length / 1024.0 / 1024.0:F1} MB zip), {Environment.ProcessorCount} cores");
        Console.WriteLine($"  check all, write reports, result sheets, matrices and the tracker: {watch.Elapsed.TotalSeconds:F2} s ({learners / watch.Elapsed.TotalSeconds:F1} learners/s), target <= 5 s for 200");
        Console.WriteLine($"  rows: {rows.Count}, could not be checked: {rows.Count(r => r.Error is not null)}, hours of learner 1: {rows[0].Hours}, results zip {size / 1024.0 / 1024.0:F1} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
        return rows.Count == learners && rows.All(r => r.Error is null) ? 0 : 1;
    }

    /// <summary>A coaching diary in the ILM handbook's layout (labels, no content controls), as centres fill it in.</summary>
    private static byte[] Diary(int sessions)
    {
        var body = new StringBuilder();
        body.Append(P("Coaching Diary – Unit 8585-302"));
        body.Append(Table(Row("Name of Coach", "A. Learner"), Row("Total number of hours completed", "18")));
        string[] durations = ["1.5 hrs", "90 mins", "1h 30m", "1:30"];
        for (var i = 0; i < sessions; i++)
        {
            var date = new DateOnly(2025, 1, 6).AddDays(i * 7);
            body.Append(Table(
                Row("Client Ref/ID", $"C{i % 2 + 1}", "Session No.", (i / 2 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Row("Date of Session", date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), "Duration", durations[i % durations.Length])));
            body.Append(Table(
                Row("Goal for today's meeting", $"Session {i + 1}: prioritising the week's work and delegating to the team."),
                Row("Options generated to achieve goal", "A weekly planning meeting, a delegation log, a check-in rota."),
                Row("Feedback from coachee on the coaching session", "Helpful; the questions made me think about what I avoid."),
                Row("Reflection", "I rescued the client twice; next time I will hold the silence longer.")));
        }
        body.Append(P("Supervision 1 — 01/03/2025 — 1 hour"));
        body.Append(P("Outcomes: contracting and silence."));
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            using var part = main.GetStream(FileMode.Create);
            part.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr/></w:body></w:document>"));
        }
        return stream.ToArray();

        static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";
        static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells.Select(c => $"<w:tc>{P(c)}</w:tc>")) + "</w:tr>";
        static string Table(params string[] rows) => "<w:tbl><w:tblPr/>" + string.Concat(rows) + "</w:tbl>";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx")))
                return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
