using CoachingDocs.Core.Catalogue;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingDocs.Api.Apis;

/// <summary>The qualification catalogue: qualifications, units, learning outcomes, ACs and unit rules, read only.</summary>
public static class CatalogueApi
{
    public static RouteGroupBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Catalogue");

        api.MapGet("/qualifications", ListQualifications)
            .WithName("ListQualifications")
            .WithSummary("List qualifications")
            .WithDescription("Every qualification in the catalogue with its rule of combination (mandatory and optional units, credits, GLH, TQT).");
        api.MapGet("/qualifications/{id}", GetQualification)
            .WithName("GetQualification")
            .WithSummary("Get one qualification")
            .WithDescription("One qualification by id (for example 8585-cert), with a summary of each of its units. Unknown ids answer 404.");
        api.MapGet("/units", ListUnits)
            .WithName("ListUnits")
            .WithSummary("List units")
            .WithDescription("Every unit: id, UAN, title, level, credits, GLH and the document kinds it has.");
        api.MapGet("/units/{id}", GetUnit)
            .WithName("GetUnit")
            .WithSummary("Get one unit")
            .WithDescription("One unit by id (for example 8585-302) with its learning outcomes, assessment criteria (verbatim, with Referral/Pass descriptors), rules and mark sheet. Unknown ids answer 404.");

        return api;
    }

    public static Ok<QualificationSummary[]> ListQualifications(QualificationCatalogue catalogue) =>
        TypedResults.Ok(catalogue.Qualifications.Select(QualificationSummary.From).ToArray());

    public static Results<Ok<QualificationDetails>, ProblemHttpResult> GetQualification(string id, QualificationCatalogue catalogue) =>
        catalogue.FindQualification(id) is { } q
            ? TypedResults.Ok(QualificationDetails.From(q, catalogue))
            : NotFound("qualification", id, "/api/qualifications");

    public static Ok<UnitSummary[]> ListUnits(QualificationCatalogue catalogue) =>
        TypedResults.Ok(catalogue.Units.Select(UnitSummary.From).ToArray());

    public static Results<Ok<Unit>, ProblemHttpResult> GetUnit(string id, QualificationCatalogue catalogue) =>
        catalogue.FindUnit(id) is { } unit ? TypedResults.Ok(unit) : NotFound("unit", id, "/api/units");

    private static ProblemHttpResult NotFound(string what, string id, string listPath) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}",
            detail: $"The catalogue has no {what} with that id; {listPath} lists them.");
}
