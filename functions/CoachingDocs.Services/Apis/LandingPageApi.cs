using CoachingDocs.Api.Hosting;
using CoachingDocs.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// The front door at <c>/</c> (wwwroot/index.html and its modules under <c>/app/</c>): make documents, check a portfolio,
/// cohorts. Endpoints rather than static-file middleware, so the Functions app serves them with the same handlers
/// (CoachingDocs.Functions/Http/PageFunctions.cs). Open without a key: the pages hold no data, and the API calls they
/// make carry the key.
/// </summary>
public static class LandingPageApi
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The sample rosters the cohort panel offers, from the product's templates/samples folder.</summary>
    public static readonly IReadOnlyList<string> SampleFiles = ["roster.csv", "roster.xlsx"];

    public static IEndpointRouteBuilder MapLandingPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetLandingPage)
            .WithName("LandingPage")
            .WithSummary("The front door")
            .WithDescription("The web page for people: make documents, check a portfolio, cohorts (HTML; its scripts and styles are under /app/).")
            .WithTags("Service")
            .ProducesFile("text/html")
            .AllowWithoutApiKey();
        app.MapGet("/app/{file}", GetPageFile).ExcludeFromDescription().AllowWithoutApiKey().WithName("FrontDoorFiles");
        app.MapGet("/samples/{file}", GetSample)
            .WithName("GetSampleRoster")
            .WithSummary("Download a sample roster")
            .WithDescription("templates/samples/roster.csv or roster.xlsx: a cohort roster with every column filled, to copy.")
            .WithTags("Service")
            .ProducesFile("text/csv", GeneratedFileResult.ExcelContentType)
            .Produces(StatusCodes.Status404NotFound)
            .AllowWithoutApiKey();
        return app;
    }

    public static Results<PhysicalFileHttpResult, NotFound> GetLandingPage(WebFolders folders) =>
        FolderFiles.Serve(folders.FrontDoor, "index.html", allowSubfolders: false);

    public static Results<PhysicalFileHttpResult, NotFound> GetPageFile(string file, WebFolders folders) =>
        FolderFiles.Serve(folders.FrontDoor is { } root ? Path.Combine(root, "app") : null, file, allowSubfolders: false);

    public static Results<PhysicalFileHttpResult, NotFound> GetSample(string file, ContentFolders folders)
    {
        if (!SampleFiles.Contains(file, StringComparer.Ordinal) || folders.ProductTemplatesFolder is not { } templates) return TypedResults.NotFound();
        var path = Path.Combine(templates, "samples", file);
        return File.Exists(path) && ContentTypes.TryGetContentType(file, out var type)
            ? TypedResults.PhysicalFile(path, type, file)
            : TypedResults.NotFound();
    }
}
