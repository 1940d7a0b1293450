using CoachingDocs.Api.Security;
using CoachingDocs.Core.Catalogue;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingDocs.Api.Apis;

/// <summary>The page at <c>/</c>: what the service does and links to everything it serves.</summary>
public static class LandingPageApi
{
    public static RouteHandlerBuilder MapLandingPage(this IEndpointRouteBuilder app) =>
        app.MapGet("/", GetLandingPage)
            .WithName("LandingPage")
            .WithSummary("Landing page")
            .WithDescription("A plain HTML page saying what the service does, with links to the catalogue, the OpenAPI document and example downloads.")
            .WithTags("Service")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .AllowWithoutApiKey();

    public static ContentHttpResult GetLandingPage(QualificationCatalogue catalogue) =>
        TypedResults.Content(LandingPage.Render(catalogue), "text/html; charset=utf-8");
}
