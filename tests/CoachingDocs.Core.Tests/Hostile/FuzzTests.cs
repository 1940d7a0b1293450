using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Hostile;

/// <summary>
/// A bounded fuzz run on every CI build: a few hundred mutated variants of documents other programs wrote, a few
/// seconds at most. The seed changes with the day so that CI explores new cases over time yet any failure is
/// reproducible from the seed in its message. The bench's <c>fuzz</c> verb runs the same mutator for longer.
/// </summary>
public class FuzzTests
{
    public static readonly string[] SeedAssets =
        ["RD010-NpmDocxFreeFormat.docx", "RD020-LibreOfficeIlmLayout.docx", "RD041-LibreOfficeHoursLog.xlsx", "RD051-GeneratedLibreOfficeRoundTrip.docx"];

    [Fact]
    public void Mutated_real_documents_give_a_report_or_a_documented_rejection()
    {
        var seed = DateTime.UtcNow.DayOfYear;
        var fuzzer = new PackageFuzzer(TestCatalogue.UnitL5502, TestCatalogue.Instance.Units.Select(u => u.Id).ToList());
        var result = fuzzer.Run(SeedAssets.Select(a => (a, Asset(a))).ToList(), seed, maxCases: 400, budget: TimeSpan.FromSeconds(6));

        Assert.True(result.Cases >= 50, $"only {result.Cases} cases ran");
        Assert.True(result.Reports > 0 && result.Rejections.Count > 0, "the mutator must produce both readable and refused variants");
        Assert.Empty(result.Failures.Select(f => $"case {f.Case} (seed {f.Seed}, {f.Mutation}): {f.Error.GetType().Name}: {f.Error.Message}"));
    }
}
