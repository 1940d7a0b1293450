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
        var resolved = units.Select(u => (u.File, Unit: ShareAssessment(u.Unit, units.Select(v => v.Unit)))).ToList();
        CatalogueValidator.ValidateBriefs(resolved);
        return new QualificationCatalogue(index.Version, index.Qualifications ?? [], resolved.Select(u => u.Unit));
    }

    /// <summary>A unit assessed with another (D3.02 with D3.01) takes that unit's mark sheet, and its brief unless it has its own.</summary>
    private static Unit ShareAssessment(Unit unit, IEnumerable<Unit> all) =>
        unit.AssessedWith is { } id && all.First(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase)) is var with
            ? unit with { MarkSheet = with.MarkSheet, AssignmentBrief = unit.AssignmentBrief ?? with.AssignmentBrief }
            : unit;

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
