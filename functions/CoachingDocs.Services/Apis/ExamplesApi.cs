using CoachingDocs.Api.Problems;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// Example downloads for a made-up learner, so the landing page can link straight to what the service makes
/// (a link cannot POST learner details).
/// </summary>
public static class ExamplesApi
{
    public static readonly LearnerDetails ExampleLearner = new()
    {
        Name = "Alex Example",
        RegistrationNumber = "EXAMPLE-0001",
        CentreName = "Example Training Centre",
        CentreNumber = "000000",
        AssessorName = "Sam Assessor",
        ClientRefs = ["Client A", "Client B"],
        PlannedSessions = 6,
        StartDate = new DateOnly(2025, 9, 1),
        EndDate = new DateOnly(2026, 3, 31),
    };

    private static readonly GenerationRequestChecker.FieldNames RouteFieldNames = new(Unit: "unitId");

    public static RouteGroupBuilder MapExamplesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/examples/units/{unitId}").WithTags("Examples");

        api.MapGet("/documents/{kind}", GetExampleDocument)
            .WithName("GetExampleDocument")
            .WithSummary("Download an example document")
            .WithDescription("One document of the unit made for a fictional learner (Alex Example), to see what the service makes. " +
                "An unknown unit answers 404; a kind the unit does not have answers 400.")
            .ProducesFile(GeneratedFileResult.WordContentType, GeneratedFileResult.ExcelContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/pack", GetExampleUnitPack)
            .WithName("GetExampleUnitPack")
            .WithSummary("Download an example unit pack")
            .WithDescription("Every document of the unit for a fictional learner (Alex Example), as a zip. An unknown unit answers 404.")
            .ProducesFile(GeneratedFileResult.ZipContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> GetExampleDocument(string unitId, string kind, [AsParameters] GenerationServices services)
    {
        if (services.Catalogue.FindUnit(unitId) is null) return UnitNotFound();
        var problems = GenerationRequestChecker.CheckDocument(services.Catalogue, kind, unitId, null, ExampleLearner, RouteFieldNames);
        if (problems.Count > 0) return InputProblems.ToValidationProblem(problems);
        return GeneratedFileResult.Make(output => services.Generator.Generate(new DocumentRequest(kind, unitId, null, ExampleLearner), output));
    }

    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> GetExampleUnitPack(string unitId, [AsParameters] GenerationServices services)
    {
        if (services.Catalogue.FindUnit(unitId) is null) return UnitNotFound();
        var problems = GenerationRequestChecker.CheckUnitPack(services.Catalogue, unitId, null, ExampleLearner, RouteFieldNames);
        if (problems.Count > 0) return InputProblems.ToValidationProblem(problems);
        return GeneratedFileResult.Make(output => services.Generator.GenerateUnitPack(unitId, null, ExampleLearner, output));
    }

    // An example is addressed by its URL, so a unit that is not there is a missing resource (as GET /api/units/{id}).
    private static ProblemHttpResult UnitNotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such unit",
        detail: "The catalogue has no unit with that id; /api/units lists them.");
}
