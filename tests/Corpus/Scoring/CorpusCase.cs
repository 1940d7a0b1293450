namespace CoachingDocs.Corpus;

/// <summary>A case folder under tests/Corpus/cases: its files and truth.json.</summary>
public sealed record CorpusCase(string Name, string Folder, CaseTruth Truth)
{
    public const string TruthFileName = "truth.json";

    /// <summary>tests/Corpus/cases of the repository holding <paramref name="start"/> (found by CoachingDocs.slnx).</summary>
    public static string CasesFolder(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx"))) dir = dir.Parent;
        return dir is null ? throw new DirectoryNotFoundException($"no repository (CoachingDocs.slnx) above {start}") : Path.Combine(dir.FullName, "tests", "Corpus", "cases");
    }

    public static IReadOnlyList<CorpusCase> LoadAll(string casesFolder) =>
        [.. Directory.GetDirectories(casesFolder).Order(StringComparer.Ordinal)
            .Select(d => new CorpusCase(Path.GetFileName(d), d, CaseTruth.Load(Path.Combine(d, TruthFileName))))];
}
