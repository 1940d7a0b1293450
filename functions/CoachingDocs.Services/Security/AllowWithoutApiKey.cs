namespace CoachingDocs.Api.Security;

/// <summary>Endpoint metadata: this endpoint is public even when keys are required (landing page, OpenAPI, add-in files).</summary>
public sealed class AllowWithoutApiKey
{
    public static readonly AllowWithoutApiKey Instance = new();

    private AllowWithoutApiKey() { }
}

public static class ApiKeyEndpointConventions
{
    /// <summary>Marks endpoints as public; every other endpoint needs a key whenever keys are required.</summary>
    public static TBuilder AllowWithoutApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Security.AllowWithoutApiKey.Instance);
}
