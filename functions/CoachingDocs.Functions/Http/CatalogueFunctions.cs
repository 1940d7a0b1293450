using CoachingDocs.Api.Apis;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Functions.Http;

/// <summary>The catalogue endpoints (<see cref="CatalogueApi"/>) as HTTP functions.</summary>
public sealed class CatalogueFunctions(QualificationCatalogue catalogue)
{
    [Function("ListQualifications")]
    public IResult ListQualifications([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/qualifications")] HttpRequest request) =>
        CatalogueApi.ListQualifications(catalogue);

    [Function("GetQualification")]
    public IResult GetQualification([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/qualifications/{id}")] HttpRequest request, string id) =>
        CatalogueApi.GetQualification(id, catalogue);

    [Function("ListUnits")]
    public IResult ListUnits([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/units")] HttpRequest request) =>
        CatalogueApi.ListUnits(catalogue);

    [Function("GetUnit")]
    public IResult GetUnit([HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/units/{id}")] HttpRequest request, string id) =>
        CatalogueApi.GetUnit(id, catalogue);
}
