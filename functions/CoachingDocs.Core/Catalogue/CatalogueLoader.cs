using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachingDocs.Core.Catalogue;

/// <summary>
/// Loads the catalogue from a folder (templates/catalogue): <c>catalogue.json</c> (version and qualifications) and one
/// <c>units/&lt;id&gt;.json</c> per unit. Fails on the first bad entry with a <see cref="CatalogueException"/>
/// rather than dropping it, because a silently missing AC is worse than a service that will not start.
/// </summary>
public static class CatalogueLoader
{
    public const string IndexFileName = "catalogue.json";
    public const string UnitsFolderName = "units";

    // Camel case, comments and trailing commas allowed, unknown members refused: see CatalogueReadContext.
    internal static readonly JsonSerializerOptions JsonOptions = CatalogueReadContext.Default.Options;

    public static QualificationCatalogue Load(string folder)
    {
        var indexPath = Path.Combine(folder, IndexFileName);
        if (!File.Exists(indexPath))
            throw new CatalogueException(indexPath, "(file)", "not found; the catalogue folder must hold catalogue.json and units/*.json");

        var index = Deserialize<CatalogueIndex>(indexPath);
        var unitsFolder = Path.Combine(folder, UnitsFolderName);
        var units = Directory.Exists(unitsFolder)
            ? Directory.EnumerateFiles(unitsFolder, "*.json").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (File: f, Unit: Deserialize<Unit>(f))).ToList()
            : [];

        // Validate before indexing: duplicate or missing ids would otherwise surface as a bare dictionary exception.
        CatalogueValidator.Validate(indexPath, index.Qualifications ?? [], units);
        return new QualificationCatalogue(index.Version, index.Qualifications ?? [], units.Select(u => u.Unit));
    }

    private static T Deserialize<T>(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, JsonOptions)
                ?? throw new CatalogueException(path, "(file)", "is empty");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}" : "(file)";
            var path2 = string.IsNullOrEmpty(ex.Path) ? where : $"{where}, {ex.Path}";
            throw new CatalogueException(path, path2, ex.Message.Split(". Path:")[0]);
        }
    }

    internal sealed record CatalogueIndex(string Version, IReadOnlyList<Qualification> Qualifications);
}
