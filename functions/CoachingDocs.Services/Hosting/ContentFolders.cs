using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Api.Hosting;

/// <summary>
/// Where the catalogue and the Word/Excel templates are read from. <c>Catalogue:Folder</c> names the catalogue folder;
/// otherwise the product's templates folder is found above the content root, or beside the executable, and its
/// <c>catalogue/</c> is used. <c>Templates:Folder</c> names a centre's own templates, used in place of the product's
/// for each kind it holds; the product's catalogue is kept.
/// </summary>
public sealed record ContentFolders(string CatalogueFolder, string? ProductTemplatesFolder, string? CentreTemplatesFolder)
{
    public const string CatalogueFolderSetting = "Catalogue:Folder";
    public const string TemplatesFolderSetting = "Templates:Folder";

    public static ContentFolders Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var product = TemplatesFolderLocator.Find(environment.ContentRootPath, AppContext.BaseDirectory);
        var catalogue = Absolute(configuration[CatalogueFolderSetting], environment)
            ?? (product is null ? null : TemplatesFolderLocator.CatalogueFolder(product))
            ?? throw new CatalogueException(
                Path.Combine(environment.ContentRootPath, TemplatesFolderLocator.TemplatesFolderName, TemplatesFolderLocator.CatalogueFolderName),
                "(folder)", $"not found above the content root or beside the executable; set {CatalogueFolderSetting}");
        var centre = Absolute(configuration[TemplatesFolderSetting], environment);
        if (centre is not null && !Directory.Exists(centre))
            throw new CatalogueException(centre, "(folder)", $"named by {TemplatesFolderSetting} does not exist");
        return new ContentFolders(catalogue, product, centre);
    }

    private static string? Absolute(string? setting, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(setting) ? null : Path.GetFullPath(setting, environment.ContentRootPath);
}
