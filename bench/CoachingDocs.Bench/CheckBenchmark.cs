using System.Diagnostics;
using System.Text;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reports;
using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Bench;

/// <summary>
/// `check` mode: parse+check of a 60-session L5 unit 502 diary in the ILM layout (tables with labels, no tags, the
/// slower path). Prints the first (cold) check, a batch right after start-up, then the steady state: the median of
/// single checks and diaries per second per core over a batch of 200.
/// Usage: CoachingDocs.Bench check [--out DIR]   (--out also writes the diary and its result sheet, matrix and summary)
/// </summary>
internal static class CheckBenchmark
{
    public static int Run(string[] args)
    {
        var catalogue = LoadCatalogue();
        var unit = catalogue.FindUnit("L5-502") ?? throw new InvalidOperationException("unit L5-502 missing from the catalogue");
        var diary = Diary(60);
        Console.WriteLine($"check benchmark: 60-session L5-502 diary, {diary.Length / 1024.0:0.0} KB, catalogue {catalogue.Version}");

        var cold = Stopwatch.StartNew();
        var report = CheckOnce(catalogue, diary);
        cold.Stop();
        Console.WriteLine($"  read {report.Sessions.Count} sessions, {report.Hours.Total} h ({report.Hours.TotalMinutes} min), {report.Clients} individuals, {report.Findings.Count} findings");
        Console.WriteLine($"  first check (cold, the JIT compiling): {cold.Elapsed.TotalMilliseconds:0} ms");

        // .NET first compiles a method quickly (tier 0) and optimises it only after 30 calls and a background delay, so
        // checks 2-231 run partly unoptimised code: this is what a freshly started server or CLI run costs. The figures
        // after it are a server's steady state, measured once the JIT has stopped compiling.
        for (var i = 0; i < 30; i++) CheckOnce(catalogue, diary);
        var early = Batch(catalogue, diary, 200);
        Console.WriteLine($"  checks 32-231 (partly unoptimised): {early.Wall.TotalSeconds:0.000} s wall, {early.Cpu.TotalSeconds:0.000} s CPU -> {200 / early.Cpu.TotalSeconds:0} diaries/s/core");
        // Steady state: the JIT has stopped compiling (every method the check calls is at its final tier).
        var warm = Stopwatch.StartNew();
        for (var quiet = 0; quiet < 3 && warm.Elapsed < TimeSpan.FromSeconds(60);)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            Batch(catalogue, diary, 50);
            quiet = System.Runtime.JitInfo.GetCompiledMethodCount() == compiled ? quiet + 1 : 0;
        }
        Console.WriteLine($"  warm-up until the JIT compiled nothing in 3 batches of 50: {warm.Elapsed.TotalSeconds:0.0} s");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        CheckOnce(catalogue, diary);
        Console.WriteLine($"  allocated per check: {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0:0} KB");

        var times = new List<double>();
        for (var i = 0; i < 51; i++)
        {
            var watch = Stopwatch.StartNew();
            CheckOnce(catalogue, diary);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"  median parse+check: {times[times.Count / 2]:0.00} ms (min {times[0]:0.00}, max {times[^1]:0.00}) over {times.Count} runs");

        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var steady = Batch(catalogue, diary, 200);
        // Per core = per CPU second the process used (GC and JIT threads included), which a busy machine inflates less
        // than wall time; wall time is printed beside it.
        Console.WriteLine($"  batch of 200 on one thread: {steady.Wall.TotalSeconds:0.000} s wall, {steady.Cpu.TotalSeconds:0.000} s CPU -> {200 / steady.Cpu.TotalSeconds:0} diaries/s/core (target >= 100)");
        Console.WriteLine($"  collections during the batch: gen0 {GC.CollectionCount(0) - collections[0]}, gen1 {GC.CollectionCount(1) - collections[1]}, gen2 {GC.CollectionCount(2) - collections[2]}");

        var parallel = Stopwatch.StartNew();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ => CheckOnce(catalogue, diary));
        parallel.Stop();
        Console.WriteLine($"  batch of 200 on {Environment.ProcessorCount} cores: {parallel.Elapsed.TotalSeconds:0.000} s wall -> {200 / parallel.Elapsed.TotalSeconds / Environment.ProcessorCount:0} diaries/s/core");

        if (args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() is { } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, "bench-L5-502-diary.docx"), diary);
            foreach (var format in new[] { ReportFormats.Json, ReportFormats.Docx, ReportFormats.Matrix, ReportFormats.Xlsx })
            {
                using var stream = new MemoryStream();
                var written = ReportWriter.Write(report, unit, format, stream, new DocumentGenerator(catalogue));
                File.WriteAllBytes(Path.Combine(dir, written.FileName), stream.ToArray());
                Console.WriteLine($"  wrote {Path.Combine(dir, written.FileName)}");
            }
        }
        return 0;
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Batch(QualificationCatalogue catalogue, byte[] diary, int count)
    {
        var wall = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < count; i++) CheckOnce(catalogue, diary);
        return (wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static CheckReport CheckOnce(QualificationCatalogue catalogue, byte[] diary) =>
        CheckRunner.Run(catalogue, [new UploadedFile("diary.docx", new MemoryStream(diary, writable: false))], "L5-502");

    /// <summary>The real catalogue when the bench runs inside the repository, else the rules L5-502 has (seeds/004).</summary>
    internal static QualificationCatalogue LoadCatalogue()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx"))) dir = dir.Parent;
        var folder = dir is null ? null : Path.Combine(dir.FullName, "templates", "catalogue");
        if (folder is not null && File.Exists(Path.Combine(folder, CatalogueLoader.IndexFileName)))
            return CatalogueLoader.Load(folder);
        var unit = new Unit("L5-502", "K/617/2908", "ilm-l5", "Undertaking an extended period of coaching or mentoring", 5, 18, 60, "Portfolio",
            [new LearningOutcome("1", "Coach", [new AssessmentCriterion("1.1", "Undertake coaching", null, null, ["coaching-diary#sessionGoal"])]),
             new LearningOutcome("2", "Review", [new AssessmentCriterion("2.1", "Review own practice", null, null, ["reflective-log#reflection"])])],
            [new UnitRule(RuleKinds.MinHours, 54, null, null), new UnitRule(RuleKinds.MinIndividuals, 4, null, null),
             new UnitRule(RuleKinds.MaxIndividuals, 9, null, null), new UnitRule(RuleKinds.MinSupervisionHours, 3, null, null)],
            [DocumentKinds.CoachingDiary], null, null);
        return new QualificationCatalogue("bench-inline", [], [unit]);
    }

    /// <summary>An ILM-layout diary: per session a client/number/date/duration table and a session-record table.</summary>
    private static byte[] Diary(int sessions)
    {
        var body = new StringBuilder();
        body.Append(P("Coaching Diary – Unit L5-502"));
        body.Append(Table(Row("Name of Coach", "A. Learner"), Row("Total number of hours completed", "60")));
        string[] durations = ["1.5 hrs", "90 mins", "1h 30m", "1:30", "1 hour 30 minutes", "1h30"];
        for (var i = 0; i < sessions; i++)
        {
            var date = new DateOnly(2025, 1, 6).AddDays(i * 3);
            body.Append(Table(
                Row("Client Ref/ID", $"C{i % 6 + 1}", "Session No.", (i / 6 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Row("Date of Session", date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), "Duration", durations[i % durations.Length])));
            body.Append(Table(
                Row("Goal for today's meeting", $"Work on goal {i}: delegation and prioritising the week's work with the team."),
                Row("Options generated to achieve goal", "Three options: weekly planning meeting, a delegation log, and a check-in rota."),
                Row("Feedback from coachee on the coaching session", "Helpful; the questions made me think about what I avoid."),
                Row("Reflection", "I rescued the client twice; next time I will hold the silence longer.")));
        }
        body.Append(P("Supervision 1 — 01/03/2025 — 2 hours"));
        body.Append(P("Outcomes: contracting and silence."));
        body.Append(P("Supervision 2 — 01/05/2025 — 1h 30m"));
        body.Append(P("Outcomes: endings."));
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
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
}
