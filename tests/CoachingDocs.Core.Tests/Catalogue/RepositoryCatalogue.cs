using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Tests.Catalogue;

/// <summary>The repository's own templates/catalogue folder, found by walking up to the folder that holds the solution.</summary>
internal static class RepositoryCatalogue
{
    public static string Folder { get; } = Locate();

    private static readonly Lazy<QualificationCatalogue> Loaded = new(() => CatalogueLoader.Load(Folder));

    public static QualificationCatalogue Catalogue => Loaded.Value;

    public static Unit Unit(string id) =>
        Catalogue.FindUnit(id) ?? throw new InvalidOperationException($"unit {id} is not in the catalogue");

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx")))
                return Path.Combine(dir.FullName, "templates", "catalogue");
        }
        throw new InvalidOperationException($"no CoachingDocs.slnx above {AppContext.BaseDirectory}");
    }
}
