using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Api.Hosting;

/// <summary>
/// Where the catalogue and the Word/Excel templates are read from. <c>Catalogue:Folder</c> and <c>Templates:Folder</c>
/// name them; otherwise the repository's templates folder is found above the content root, or beside the executable.
/// A centre points <c>Templates:Folder</c> at its own restyled templates and keeps the product's catalogue.
/// </summary>
public sealed record ContentFolders(string CatalogueFolder, string TemplatesFolder)
{
    public const string CatalogueFolderSetting = "Catalogue:Folder";
    public const string TemplatesFolderSetting = "Templates:Folder";

    public static ContentFolders Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var found = TemplatesFolderLocator.Find(environment.ContentRootPath, AppContext.BaseDirectory);
        var catalogue = Absolute(configuration[CatalogueFolderSetting], environment)
            ?? (found is null ? null : TemplatesFolderLocator.CatalogueFolder(found))
            ?? throw new CatalogueException(
                Path.Combine(environment.ContentRootPath, TemplatesFolderLocator.TemplatesFolderName, TemplatesFolderLocator.CatalogueFolderName),
                "(folder)", $"not found above the content root or beside the executable; set {CatalogueFolderSetting}");
        var templates = Absolute(configuration[TemplatesFolderSetting], environment)
            ?? found
            ?? Path.GetDirectoryName(Path.GetFullPath(catalogue))!;
        return new ContentFolders(catalogue, templates);
    }

    private static string? Absolute(string? setting, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(setting) ? null : Path.GetFullPath(setting, environment.ContentRootPath);
}
