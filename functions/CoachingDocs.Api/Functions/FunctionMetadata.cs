namespace CoachingDocs.Api.Functions;

/// <summary>
/// Endpoint metadata: this endpoint is not an HTTP function. Custom-handler invocation endpoints (a queue-triggered
/// function's <c>POST /{FunctionName}</c>) carry it, so no HTTP function is derived for them.
/// </summary>
public sealed class NotAnHttpFunction
{
    public static readonly NotAnHttpFunction Instance = new();

    private NotAnHttpFunction() { }
}

/// <summary>
/// A path served by middleware rather than by an endpoint (static files such as the add-in's), which therefore is not in
/// the route table but still needs an HTTP function so the Functions host forwards it. Register with
/// <c>services.AddSingleton(new MiddlewareHttpRoute(...))</c>; <paramref name="Route"/> uses the Functions syntax
/// (for example <c>addin/{*path}</c>).
/// </summary>
public sealed record MiddlewareHttpRoute(string Name, string Route, IReadOnlyList<string> Methods, bool Anonymous);

public static class FunctionEndpointConventions
{
    public static TBuilder ExcludeFromHttpFunctions<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(NotAnHttpFunction.Instance);
}
