using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CoachingDocs.Api.Apis;

/// <summary>One personalised document (a coaching diary, a result sheet ...) for one learner and unit.</summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents");

        api.MapPost("/{kind}", GenerateDocument)
            .WithName("GenerateDocument")
            .WithSummary("Generate one personalised document")
            .WithDescription("Makes one document of the given kind (coaching-diary, reflective-log, client-feedback, ... ; see GET /api/units " +
                "for each unit's kinds) for the learner and unit in the JSON body. Answers the .docx or .xlsx file; bad input answers 400 " +
                "with `errors` naming each field, and nothing is generated.")
            .Accepts<DocumentRequestBody>("application/json")
            .ProducesFile(GeneratedFileResult.WordContentType, GeneratedFileResult.ExcelContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithRequestBodyLimit();

        return api;
    }

    public static Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GenerateDocument(
        string kind, HttpRequest request, [AsParameters] GenerationServices services, CancellationToken cancellationToken) =>
        GenerationRequest.HandleAsync<DocumentRequestBody>(request,
            body => GenerationRequestChecker.CheckDocument(services.Catalogue, kind, body.Unit, body.Qualification, body.ToLearnerDetails()),
            (body, output) => services.Generator.Generate(new DocumentRequest(kind, body.Unit!, body.Qualification, body.ToLearnerDetails()), output),
            cancellationToken);
}
