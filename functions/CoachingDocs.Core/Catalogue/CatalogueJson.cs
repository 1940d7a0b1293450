using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoachingDocs.Core.Catalogue;

/// <summary>
/// How catalogue entries are written as JSON (the Api's responses and <c>coachdocs catalogue --format json</c>), so
/// both show the same shape. <see cref="Unit.Criteria"/> is left out: it repeats what the learning outcomes hold.
/// </summary>
public static class CatalogueJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
    });

    /// <summary>Applies the catalogue's rules to existing options (for example ASP.NET Core's HTTP JSON options).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        var resolver = options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver();
        options.TypeInfoResolver = resolver.WithAddedModifier(LeaveOutDerivedMembers);
        return options;
    }

    private static void LeaveOutDerivedMembers(JsonTypeInfo info)
    {
        if (info.Type != typeof(Unit)) return;
        var criteria = info.Properties.FirstOrDefault(p => p.Name == "criteria" || p.Name == nameof(Unit.Criteria));
        if (criteria is not null) info.Properties.Remove(criteria);
    }
}
