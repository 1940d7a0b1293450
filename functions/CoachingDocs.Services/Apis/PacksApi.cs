using CoachingDocs.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CoachingDocs.Api.Apis;

/// <summary>Every document a learner needs for a unit, or for every unit of a qualification, as one zip.</summary>
public static class PacksApi
{
    private static readonly GenerationRequestChecker.FieldNames RouteFieldNames = new(Unit: "unitId", Qualification: "qualificationId");

    public static RouteGroupBuilder MapPacksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/packs").WithTags("Packs");

        api.MapPost("/units/{unitId}", GenerateUnitPack)
            .WithName("GenerateUnitPack")
            .WithSummary("Generate a unit pack (zip)")
            .WithDescription("Every document kind of the unit, personalised for the learner in the JSON body, as one zip. An optional " +
                "`qualification` in the body must include the unit. Bad input answers 400 naming each field.")
            .Accepts<UnitPackRequestBody>("application/json")
            .DescribePackResponses();
        api.MapPost("/qualifications/{qualificationId}", GenerateQualificationPack)
            .WithName("GenerateQualificationPack")
            .WithSummary("Generate a qualification pack (zip)")
            .WithDescription("Every unit of the qualification, a folder per unit holding all its documents, personalised for the " +
                "learner in the JSON body, as one zip. Bad input answers 400 naming each field.")
            .Accepts<LearnerRequestBody>("application/json")
            .DescribePackResponses();

        return api;
    }

    public static Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GenerateUnitPack(
        string unitId, HttpRequest request, [AsParameters] GenerationServices services, CancellationToken cancellationToken) =>
        GenerationRequest.HandleAsync<UnitPackRequestBody>(request,
            body => GenerationRequestChecker.CheckUnitPack(services.Catalogue, unitId, body.Qualification, body.ToLearnerDetails(),
                RouteFieldNames with { Qualification = "qualification" }),
            (body, output) => services.Generator.GenerateUnitPack(unitId, body.Qualification, body.ToLearnerDetails(), output),
            cancellationToken);

    public static Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GenerateQualificationPack(
        string qualificationId, HttpRequest request, [AsParameters] GenerationServices services, CancellationToken cancellationToken) =>
        GenerationRequest.HandleAsync<LearnerRequestBody>(request,
            body => GenerationRequestChecker.CheckQualificationPack(services.Catalogue, qualificationId, body.ToLearnerDetails(), RouteFieldNames),
            (body, output) => services.Generator.GenerateQualificationPack(qualificationId, body.ToLearnerDetails(), output),
            cancellationToken);

    private static RouteHandlerBuilder DescribePackResponses(this RouteHandlerBuilder builder) => builder
        .ProducesFile(GeneratedFileResult.ZipContentType)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .WithRequestBodyLimit();
}
