using System.CommandLine;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Cli.Commands;

/// <summary>
/// Where the catalogue and templates come from: <c>--catalogue</c> / <c>--templates</c>, else COACHDOCS_CATALOGUE /
/// COACHDOCS_TEMPLATES, else the product's own templates folder (found above the working folder or beside coachdocs).
/// </summary>
public static class ContentOptions
{
    public static readonly Option<string> Catalogue = new("--catalogue")
    {
        Description = "Folder holding catalogue.json and units/ (default: the product's templates/catalogue).",
        HelpName = "DIR",
        Recursive = true,
    };

    public static Option<string> CreateTemplatesOption() => new("--templates")
    {
        Description = "Folder of your centre's own Word/Excel templates (default: the product's templates).",
        HelpName = "DIR",
    };

    public sealed record LoadedCatalogue(QualificationCatalogue Catalogue, string Folder);

    public static LoadedCatalogue LoadCatalogue(ParseResult parse, CliEnvironment environment)
    {
        var folder = Absolute(parse.GetValue(Catalogue), environment)
            ?? Absolute(environment.GetVariable("COACHDOCS_CATALOGUE"), environment)
            ?? (FoundTemplates(environment) is { } templates ? TemplatesFolderLocator.CatalogueFolder(templates) : null)
            ?? throw new CommandFailure(ExitCodes.CatalogueError,
                "the catalogue was not found; give its folder with --catalogue DIR or COACHDOCS_CATALOGUE");
        try
        {
            return new LoadedCatalogue(CatalogueLoader.Load(folder), folder);
        }
        catch (CatalogueException ex)
        {
            throw new CommandFailure(ExitCodes.CatalogueError, $"the catalogue is invalid: {ex.Message}");
        }
    }

    /// <summary>The product's templates folder (null when not found: the generator then uses its built-in templates).</summary>
    public static string? ProductTemplatesFolder(CliEnvironment environment) => FoundTemplates(environment);

    /// <summary>A centre's own templates: --templates, else COACHDOCS_TEMPLATES; it must exist when given.</summary>
    public static string? CentreTemplatesFolder(string? option, CliEnvironment environment)
    {
        var folder = Absolute(option, environment) ?? Absolute(environment.GetVariable("COACHDOCS_TEMPLATES"), environment);
        if (folder is not null && !Directory.Exists(folder))
            throw new CommandFailure(ExitCodes.InvalidInput, $"--templates: the folder {folder} does not exist");
        return folder;
    }

    private static string? FoundTemplates(CliEnvironment environment) =>
        TemplatesFolderLocator.Find(environment.CurrentDirectory, AppContext.BaseDirectory);

    private static string? Absolute(string? path, CliEnvironment environment) =>
        string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path, environment.CurrentDirectory);
}
