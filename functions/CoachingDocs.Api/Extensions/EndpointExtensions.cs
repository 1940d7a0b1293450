using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Apis;
using CoachingDocs.Api.Security;

namespace CoachingDocs.Api.Extensions;

public static class EndpointExtensions
{
    /// <summary>
    /// Every endpoint group. A new group is one more line here; the OpenAPI document follows from the route table, the
    /// Functions app has one function per route (a test holds its functions.metadata against this table), and the group is behind the API key unless it calls AllowWithoutApiKey().
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
        app.MapAddinFilesApi();
        return app;
    }
}
