using System.Text;
using CoachingDocs.Api.Security;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CoachingDocs.Api.Functions;

/// <summary>
/// Derives the Functions definitions from the app's own route table, so the Functions host routes exactly what the
/// handler serves: one function per route endpoint with its methods and template. Endpoints that opt out of the API
/// key are anonymous; every other function is function-level, so the Functions host checks its keys.
/// </summary>
public static class FunctionDefinitionBuilder
{
    /// <summary>Functions cannot give a function an empty route (it would default to the function name), so "/" matches this.</summary>
    public const string RootRoute = "{ignored:maxlength(0)?}";

    public static IReadOnlyList<FunctionDefinition> FromEndpoints(IEnumerable<Endpoint> endpoints, IEnumerable<MiddlewareHttpRoute>? middlewareRoutes = null)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var definitions = new List<FunctionDefinition>();
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>().OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal))
        {
            if (endpoint.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching == true) continue;
            if (endpoint.Metadata.GetMetadata<NotAnHttpFunction>() is not null) continue;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is null || methods.Count == 0) continue;

            var route = FunctionRoute(endpoint.RoutePattern);
            var name = Unique(names, FunctionName(endpoint, methods, route));
            var authLevel = endpoint.Metadata.GetMetadata<AllowWithoutApiKey>() is null ? FunctionDefinition.FunctionLevel : FunctionDefinition.Anonymous;
            definitions.Add(new FunctionDefinition(name, route, methods.Select(m => m.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList(), authLevel));
        }
        foreach (var extra in middlewareRoutes ?? [])
            definitions.Add(new FunctionDefinition(Unique(names, Sanitize(extra.Name)), extra.Route.Trim('/'),
                extra.Methods.Select(m => m.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList(),
                extra.Anonymous ? FunctionDefinition.Anonymous : FunctionDefinition.FunctionLevel));
        return definitions;
    }

    /// <summary>The Functions route for an ASP.NET Core pattern: no leading slash, and catch-alls written the Functions way.</summary>
    public static string FunctionRoute(RoutePattern pattern)
    {
        var raw = (pattern.RawText ?? "").Trim('/').Replace("{**", "{*", StringComparison.Ordinal);
        return raw.Length == 0 ? RootRoute : raw;
    }

    private static string FunctionName(RouteEndpoint endpoint, IReadOnlyList<string> methods, string route)
    {
        var given = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        return Sanitize(given ?? $"{methods[0]}_{route}");
    }

    // Function names are folder names and must be letters, digits, '_' and '-', starting with a letter.
    private static string Sanitize(string value)
    {
        var name = new StringBuilder();
        foreach (var c in value)
        {
            var kept = char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_';
            if (kept != '_' || name.Length == 0 || name[^1] != '_') name.Append(kept);
        }
        var text = name.ToString().Trim('_');
        return text.Length > 0 && char.IsAsciiLetter(text[0]) ? text : "F_" + text;
    }

    private static string Unique(HashSet<string> names, string name)
    {
        var candidate = name;
        for (var i = 2; !names.Add(candidate); i++) candidate = $"{name}_{i}";
        return candidate;
    }
}
