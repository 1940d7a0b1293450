namespace CoachingDocs.Core.Catalogue;

/// <summary>
/// Finds the product's templates folder (the one holding <c>catalogue/catalogue.json</c>) when no setting names it:
/// walking up from each start folder finds the repository's own copy during development, and the copy beside the
/// executable is found when the Api or Cli is published.
/// </summary>
public static class TemplatesFolderLocator
{
    public const string TemplatesFolderName = "templates";
    public const string CatalogueFolderName = "catalogue";

    /// <summary>The first <c>templates</c> folder found above any start folder, in order; null when there is none.</summary>
    public static string? Find(params IEnumerable<string?> startFolders)
    {
        foreach (var start in startFolders.OfType<string>())
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, TemplatesFolderName);
                if (File.Exists(Path.Combine(candidate, CatalogueFolderName, CatalogueLoader.IndexFileName)))
                    return candidate;
            }
        }
        return null;
    }

    public static string CatalogueFolder(string templatesFolder) => Path.Combine(templatesFolder, CatalogueFolderName);
}
