using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoachingDocs.Api.Functions;

/// <summary>
/// Writes one <c>&lt;Name&gt;/function.json</c> per definition into a function app folder (the folder holding host.json),
/// and removes function folders that no longer match a route, so the app never routes to something the handler lacks.
/// </summary>
public static class FunctionDefinitionWriter
{
    public const string FileName = "function.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(IReadOnlyList<FunctionDefinition> definitions, string appFolder)
    {
        Directory.CreateDirectory(appFolder);
        var wanted = definitions.Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var stale in Directory.EnumerateDirectories(appFolder)
                     .Where(d => File.Exists(Path.Combine(d, FileName)) && !wanted.Contains(Path.GetFileName(d))))
            Directory.Delete(stale, recursive: true);

        foreach (var definition in definitions)
        {
            var folder = Path.Combine(appFolder, definition.Name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, FileName), ToJson(definition).ToJsonString(Indented) + "\n");
        }
    }

    public static JsonObject ToJson(FunctionDefinition definition) => new()
    {
        ["bindings"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "httpTrigger",
                ["direction"] = "in",
                ["name"] = "req",
                ["authLevel"] = definition.AuthLevel,
                ["methods"] = new JsonArray(definition.Methods.Select(m => (JsonNode)JsonValue.Create(m)).ToArray()),
                ["route"] = definition.Route,
            },
            new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" }),
    };
}
