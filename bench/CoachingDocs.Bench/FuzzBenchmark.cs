using System.Diagnostics;
using CoachingDocs.Core.Tests.Hostile;

namespace CoachingDocs.Bench;

/// <summary>
/// The suite's seeded mutator (tests/.../Hostile/PackageFuzzer.cs) over the suite's documents from other programs, run
/// for longer than CI can afford: prints cases/s, outcomes by REJECT_* code, and each distinct failure signature with
/// one reproducing case. Exit 1 when anything failed.
/// </summary>
internal static class FuzzBenchmark
{
    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 60;
        var seed = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 1;
        var catalogue = CheckBenchmark.LoadCatalogue();
        var unit = catalogue.FindUnit("L5-502") ?? catalogue.Units.First();
        var folder = Path.Combine(AppContext.BaseDirectory, "FuzzAssets");
        var seeds = Directory.GetFiles(folder).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();

        var clock = Stopwatch.StartNew();
        var result = new PackageFuzzer(unit, catalogue.Units.Select(u => u.Id).ToList()).Run(seeds, seed, int.MaxValue, TimeSpan.FromSeconds(seconds));
        var elapsed = clock.Elapsed.TotalSeconds;

        Console.WriteLine($"fuzz: seed {seed}, {seeds.Count} seed documents, {result.Cases} cases in {elapsed:0.0} s = {result.Cases / elapsed:0} cases/s");
        Console.WriteLine($"  reports: {result.Reports}");
        foreach (var (code, count) in result.Rejections.OrderByDescending(p => p.Value))
            Console.WriteLine($"  {code}: {count}");
        Console.WriteLine($"  failures: {result.Failures.Count}");
        foreach (var group in result.Failures.GroupBy(f => $"{f.Error.GetType().Name} at {f.Error.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}"))
        {
            var first = group.First();
            Console.WriteLine($"  {group.Count()} x {group.Key}");
            Console.WriteLine($"      e.g. case {first.Case} ({first.Seed}, {first.Mutation}): {first.Error.Message}");
        }
        return result.Failures.Count == 0 ? 0 : 1;
    }
}
