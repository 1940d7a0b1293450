namespace CoachingDocs.Api.Functions;

/// <summary>
/// One Azure Functions HTTP function that forwards to the custom handler: its folder name, route template (relative to
/// host.json's empty routePrefix), HTTP methods (lower case) and authLevel ("function" or "anonymous").
/// </summary>
public sealed record FunctionDefinition(string Name, string Route, IReadOnlyList<string> Methods, string AuthLevel)
{
    public const string FunctionLevel = "function";
    public const string Anonymous = "anonymous";
}
