using CoachingDocs.Api.Apis;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using Microsoft.Extensions.Configuration;

namespace CoachingDocs.Functions.Http;

/// <summary><c>POST /api/check</c> (<see cref="CheckApi"/>) as an HTTP function.</summary>
public sealed class CheckFunctions(QualificationCatalogue catalogue, IConfiguration configuration, DocumentGenerator generator, TimeProvider clock)
{
    private readonly CheckServices _services = new(catalogue, configuration, generator, clock);

    [Function("CheckPortfolio")]
    public async Task<IResult> CheckPortfolio(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/check")] HttpRequest request, CancellationToken cancellationToken) =>
        await CheckApi.Check(request, _services, cancellationToken, Query(request, "unit"), Query(request, "format"));

    private static string? Query(HttpRequest request, string name) => request.Query.TryGetValue(name, out var value) ? value.ToString() : null;
}
