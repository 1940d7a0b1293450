using CoachingDocs.Core.Catalogue;
using CoachingDocs.Corpus;

namespace CoachingDocs.Bench;

/// <summary>
/// `accuracy` mode: checks every case of tests/Corpus/cases and prints "N/M exact" with a per-field breakdown (the same
/// scoring as the corpus test). Usage: CoachingDocs.Bench accuracy [--cases | --ratchet]   (--cases also lists each case's
/// wrong fields, expected vs actual; --ratchet prints only the lines of tests/Corpus/not-yet-exact.txt for today's reader)
/// </summary>
internal static class AccuracyBenchmark
{
    public static int Run(string[] args)
    {
        var folder = CorpusCase.CasesFolder(AppContext.BaseDirectory);
        var catalogue = CatalogueLoader.Load(Path.Combine(folder, "..", "..", "..", "templates", "catalogue"));
        var scores = CorpusCase.LoadAll(folder).Select(c => CorpusScorer.Score(catalogue, c)).ToList();
        Console.WriteLine($"accuracy: {scores.Count} cases, {scores.Sum(s => s.Truth.Files.Count)} documents, catalogue {catalogue.Version}");
        Console.Write(CorpusSummary.Format(scores));
        if (args.Contains("--ratchet"))
            foreach (var score in scores.Where(s => !s.Exact)) Console.WriteLine(NotYetExactList.Line(score));
        else if (args.Contains("--cases"))
            foreach (var score in scores.Where(s => !s.Exact))
            {
                Console.WriteLine(NotYetExactList.Line(score));
                foreach (var m in score.Mismatches) Console.WriteLine($"    {m}");
            }
        return 0;
    }
}
