using System.Diagnostics;
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx")))
                return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
