using CoachingDocs.Api.Apis;
using CoachingDocs.Api.Hosting;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Functions.Http;

/// <summary>
/// What is open without a key (anonymous functions): the front door and its files, the sample rosters, the OpenAPI
/// document, the admin page and the Word add-in's files, served by the same handlers as the local server.
/// </summary>
public sealed class PageFunctions(WebFolders folders, ContentFolders content)
{
    /// <summary>A function cannot have an empty route (it would default to its name), so "/" is matched by an optional segment of length 0.</summary>
    public const string RootRoute = "{ignored:maxlength(0)?}";

    /// <summary>The local server's document, generated from its route table at build time (Microsoft.Extensions.ApiDescription.Server).</summary>
    public static readonly string OpenApiFile = Path.Combine(AppContext.BaseDirectory, "openapi", "v1.json");

    [Function("LandingPage")]
    public IResult LandingPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RootRoute)] HttpRequest request) =>
        LandingPageApi.GetLandingPage(folders);

    [Function("FrontDoorFiles")]
    public IResult FrontDoorFiles([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "app/{file}")] HttpRequest request, string file) =>
        LandingPageApi.GetPageFile(file, folders);

    [Function("GetSampleRoster")]
    public IResult GetSampleRoster([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/{file}")] HttpRequest request, string file) =>
        LandingPageApi.GetSample(file, content);

    [Function("OpenApiDocument")]
    public IResult OpenApiDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi/{documentName}.json")] HttpRequest request, string documentName) =>
        documentName == "v1" && File.Exists(OpenApiFile)
            ? TypedResults.PhysicalFile(OpenApiFile, "application/json;charset=utf-8")
            : TypedResults.NotFound();

    [Function("AdminPage")]
    public IResult AdminPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "admin/{*file}")] HttpRequest request, string? file) =>
        CohortApi.ServeAdminPage(file, folders);

    [Function("AddinFiles")]
    public IResult AddinFiles([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "addin/{*path}")] HttpRequest request, string? path) =>
        AddinFilesApi.GetAddinFile(path, folders, request.HttpContext.Response);
}
