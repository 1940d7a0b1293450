using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Tests.Generation;

/// <summary>
/// The catalogue the generation tests run over: the real one (templates/catalogue). No fallback sample: a missing or
/// broken catalogue must fail the tests, not quietly shrink them.
/// </summary>
public static class SampleCatalogue
{
    private static readonly Lazy<QualificationCatalogue> Instance = new(Load);

    public static QualificationCatalogue Catalogue => Instance.Value;

    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx"))) return dir.FullName;
        return null;
    }

    /// <summary>Every (unit, kind) pair the catalogue says applies, for [Theory] rows.</summary>
    public static TheoryData<string, string> UnitKinds()
    {
        var data = new TheoryData<string, string>();
        foreach (var unit in Catalogue.Units)
            foreach (var kind in unit.DocumentKinds)
                data.Add(unit.Id, kind);
        return data;
    }

    private static QualificationCatalogue Load()
    {
        // CD_CATALOGUE_FOLDER points the tests at another catalogue (a work-in-progress copy, a centre's own).
        var folder = Environment.GetEnvironmentVariable("CD_CATALOGUE_FOLDER") is { Length: > 0 } configured ? configured
            : RepositoryRoot() is { } root ? Path.Combine(root, "templates", "catalogue")
            : throw new InvalidOperationException("The repository root (the folder holding CoachingDocs.slnx) was not found above " + AppContext.BaseDirectory);
        return CatalogueLoader.Load(folder);
    }
}
