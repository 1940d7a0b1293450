using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoachingDocs.Api.Functions;

/// <summary>
/// Writes one <c>&lt;Name&gt;/function.json</c> per definition into a function app folder (the folder holding host.json),
/// and removes HTTP function folders that no longer match a route, so the app never routes to something the handler
/// lacks. Other functions (queue triggers) are left alone, and never overwritten by an HTTP function of the same name.
/// </summary>
public static class FunctionDefinitionWriter
{
    public const string FileName = "function.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(IReadOnlyList<FunctionDefinition> definitions, string appFolder)
    {
        Directory.CreateDirectory(appFolder);
        var wanted = definitions.Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var existingHttp = Directory.EnumerateDirectories(appFolder).Where(d => IsHttpFunction(Path.Combine(d, FileName))).ToList();
        foreach (var stale in existingHttp.Where(d => !wanted.Contains(Path.GetFileName(d))))
            Directory.Delete(stale, recursive: true);

        foreach (var definition in definitions)
        {
            var folder = Path.Combine(appFolder, definition.Name);
            var file = Path.Combine(folder, FileName);
            if (File.Exists(file) && !IsHttpFunction(file))
                throw new IOException($"{file} is a function of another kind; mark its endpoint with ExcludeFromHttpFunctions() or rename one of them.");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, FileName), ToJson(definition).ToJsonString(Indented) + "\n");
        }
    }

    private static bool IsHttpFunction(string functionJson)
    {
        if (!File.Exists(functionJson)) return false;
        try
        {
            return JsonNode.Parse(File.ReadAllText(functionJson))?["bindings"] is JsonArray bindings
                && bindings.Any(b => b?["type"]?.GetValue<string>() == "httpTrigger");
        }
        catch (JsonException)
        {
            return false;
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
