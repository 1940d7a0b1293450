using CoachingDocs.Api.Apis;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;

namespace CoachingDocs.Functions.Http;

/// <summary>Documents, packs and examples (<see cref="DocumentsApi"/>, <see cref="PacksApi"/>, <see cref="ExamplesApi"/>) as HTTP functions.</summary>
public sealed class GenerationFunctions(QualificationCatalogue catalogue, IDocumentGenerator generator)
{
    private readonly GenerationServices _services = new(catalogue, generator);

    [Function("GenerateDocument")]
    public async Task<IResult> GenerateDocument(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/documents/{kind}")] HttpRequest request, string kind, CancellationToken cancellationToken) =>
        await DocumentsApi.GenerateDocument(kind, request, _services, cancellationToken);

    [Function("GenerateUnitPack")]
    public async Task<IResult> GenerateUnitPack(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/packs/units/{unitId}")] HttpRequest request, string unitId, CancellationToken cancellationToken) =>
        await PacksApi.GenerateUnitPack(unitId, request, _services, cancellationToken);

    [Function("GenerateQualificationPack")]
    public async Task<IResult> GenerateQualificationPack(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/packs/qualifications/{qualificationId}")] HttpRequest request, string qualificationId,
        CancellationToken cancellationToken) =>
        await PacksApi.GenerateQualificationPack(qualificationId, request, _services, cancellationToken);

    [Function("GetExampleDocument")]
    public IResult GetExampleDocument(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/examples/units/{unitId}/documents/{kind}")] HttpRequest request, string unitId, string kind) =>
        ExamplesApi.GetExampleDocument(unitId, kind, _services);

    [Function("GetExampleUnitPack")]
    public IResult GetExampleUnitPack([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/examples/units/{unitId}/pack")] HttpRequest request, string unitId) =>
        ExamplesApi.GetExampleUnitPack(unitId, _services);
}
