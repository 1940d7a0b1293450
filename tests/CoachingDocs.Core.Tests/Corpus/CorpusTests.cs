using CoachingDocs.Corpus;

namespace CoachingDocs.Core.Tests.Corpus;

/// <summary>
/// The corpus of other programs' documents (tests/Corpus/cases, made by tests/Corpus/make): every case is checked
/// through the path `coachdocs check` uses and compared with its truth.json, which the generator wrote from the case's
/// own data. Cases not yet exact are listed in tests/Corpus/not-yet-exact.txt; the list can only shrink.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string CasesFolder = CorpusCase.CasesFolder(AppContext.BaseDirectory);
    private static readonly IReadOnlyList<CorpusCase> Cases = CorpusCase.LoadAll(CasesFolder);
    private static readonly NotYetExactList NotYetExact = NotYetExactList.Load(Path.Combine(CasesFolder, "..", NotYetExactList.FileName));

    public static TheoryData<string> CaseNames() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_matches_its_truth_or_is_listed_as_not_yet_exact(string name)
    {
        var score = CorpusScorer.Score(TemplateFiller.Catalogue, Cases.Single(c => c.Name == name));
        var details = string.Join(Environment.NewLine, score.Mismatches.Select(m => "  " + m));
        if (!NotYetExact.Lists(name))
        {
            Assert.True(score.Exact, $"{name} is not exact:{Environment.NewLine}{details}{Environment.NewLine}"
                + $"(if this is known and being fixed, list it in tests/Corpus/{NotYetExactList.FileName} as \"{NotYetExactList.Line(score)}\")");
            return;
        }
        Assert.False(score.Exact, $"{name} is exact now: remove its line from tests/Corpus/{NotYetExactList.FileName}");
        var listed = NotYetExact.FieldsOf(name);
        var unlisted = score.WrongFields.Where(f => !listed.Contains(f)).ToList();
        Assert.True(unlisted.Count == 0, $"{name} got more wrong than its line in {NotYetExactList.FileName} says ({string.Join(", ", unlisted)}):{Environment.NewLine}{details}");
        // Fields fixed come off the line too, so the ratchet keeps what was won.
        var fixedNow = listed.Where(f => !score.WrongFields.Contains(f)).ToList();
        Assert.True(fixedNow.Count == 0, $"{name} now gets {string.Join(", ", fixedNow)} right: change its line in tests/Corpus/{NotYetExactList.FileName} to \"{NotYetExactList.Line(score)}\"");
    }

    [Fact]
    public void Corpus_is_large_and_covers_every_class_and_suite()
    {
        Assert.True(Cases.Sum(c => c.Truth.Files.Count) >= 60, $"{Cases.Sum(c => c.Truth.Files.Count)} documents in the corpus, at least 60 wanted");
        Assert.True(Cases.Select(c => c.Truth.Producer).Where(p => !p.StartsWith("coachdocs", StringComparison.Ordinal)).Distinct().Count() >= 5, "at least 5 producers other than our generator");
        for (var cls = 1; cls <= 13; cls++)
            Assert.True(Cases.Count(c => c.Truth.Classes.Contains(cls)) >= 3, $"class {cls} of issue 8 has {Cases.Count(c => c.Truth.Classes.Contains(cls))} cases, at least 3 wanted");
        foreach (var suite in new[] { "D3.", "8585-", "8580-", "L5-" })
            Assert.Contains(Cases, c => c.Truth.Unit.StartsWith(suite, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_case_has_its_files_and_the_ratchet_names_only_real_cases()
    {
        foreach (var c in Cases)
            foreach (var file in c.Truth.Files)
                Assert.True(File.Exists(Path.Combine(c.Folder, file)), $"{c.Name}: {file} is listed in truth.json but missing");
        var names = Cases.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(NotYetExact.Cases, n => Assert.True(names.Contains(n), $"{NotYetExactList.FileName} lists {n}, which is not a case"));
    }
}
