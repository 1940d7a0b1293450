using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Apis;
using CoachingDocs.Api.Security;

namespace CoachingDocs.Api.Extensions;

public static class EndpointExtensions
{
    /// <summary>
    /// Every endpoint group. A new group is one more line here; the Functions definitions and the OpenAPI document follow
    /// from the route table, and the group is behind the API key unless it calls AllowWithoutApiKey().
    /// </summary>
    public static WebApplication MapCoachingDocsEndpoints(this WebApplication app)
    {
        app.MapLandingPage();
        app.MapOpenApi().WithName("OpenApiDocument").AllowWithoutApiKey();
        app.MapCatalogueApi();
        app.MapDocumentsApi();
        app.MapPacksApi();
        app.MapExamplesApi();
        app.MapCheckApi();
        app.MapCohortApi();
        return app;
    }
}
