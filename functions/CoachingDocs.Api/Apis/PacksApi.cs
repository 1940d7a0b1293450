using CoachingDocs.Api.Problems;
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

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GenerateUnitPack(
        string unitId, HttpRequest request, [AsParameters] GenerationServices services, CancellationToken cancellationToken)
    {
        var read = await JsonBodyReader.ReadAsync<UnitPackRequestBody>(request, cancellationToken);
        if (read.Invalid is { } invalid) return invalid;
        if (read.Refused is { } refused) return refused;
        var body = read.Body!;

        var learner = body.ToLearnerDetails();
        var problems = GenerationRequestChecker.CheckUnitPack(services.Catalogue, unitId, body.Qualification, learner,
            RouteFieldNames with { Qualification = "qualification" });
        if (problems.Count > 0) return InputProblems.ToValidationProblem(problems);

        return GeneratedFileResult.Make(output => services.Generator.GenerateUnitPack(unitId, body.Qualification, learner, output));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GenerateQualificationPack(
        string qualificationId, HttpRequest request, [AsParameters] GenerationServices services, CancellationToken cancellationToken)
    {
        var read = await JsonBodyReader.ReadAsync<LearnerRequestBody>(request, cancellationToken);
        if (read.Invalid is { } invalid) return invalid;
        if (read.Refused is { } refused) return refused;

        var learner = read.Body!.ToLearnerDetails();
        var problems = GenerationRequestChecker.CheckQualificationPack(services.Catalogue, qualificationId, learner, RouteFieldNames);
        if (problems.Count > 0) return InputProblems.ToValidationProblem(problems);

        return GeneratedFileResult.Make(output => services.Generator.GenerateQualificationPack(qualificationId, learner, output));
    }

    private static RouteHandlerBuilder DescribePackResponses(this RouteHandlerBuilder builder) => builder
        .Produces(StatusCodes.Status200OK, contentType: GeneratedFileResult.ZipContentType)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .WithRequestBodyLimit();
}
