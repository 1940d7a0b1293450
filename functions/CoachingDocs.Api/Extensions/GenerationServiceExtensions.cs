namespace CoachingDocs.Api.Extensions;

public static class GenerationServiceExtensions
{
    /// <summary>The document generator, reading templates from <see cref="Hosting.ContentFolders.TemplatesFolder"/>.</summary>
    public static IServiceCollection AddDocumentGeneration(this IServiceCollection services)
    {
        // The Core DocumentGenerator is registered here once it is merged; until then tests supply an IDocumentGenerator.
        return services;
    }
}
