using CoachingDocs.Api.Hosting;
using CoachingDocs.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// The Word add-in's built task pane at <c>/addin/...</c>, open without a key (Word loads it before anyone signs in; it
/// holds no data). Served by an endpoint rather than middleware so the Functions app serves it the same way.
/// </summary>
public static class AddinFilesApi
{
    public const string RequestPath = "/addin";
    public const string NotBuilt = "The add-in is not built: run `npm ci && npm run build` in addin/.";

    public static RouteHandlerBuilder MapAddinFilesApi(this IEndpointRouteBuilder app) =>
        app.MapMethods(RequestPath + "/{**path}", [HttpMethods.Get, HttpMethods.Head], GetAddinFile)
            .WithName("AddinFiles")
            .ExcludeFromDescription()
            .AllowWithoutApiKey();

    public static Results<PhysicalFileHttpResult, NotFound, NotFound<string>> GetAddinFile(string? path, WebFolders folders, HttpResponse response)
    {
        // Say what to do instead of a bare 404, so a new user knows the add-in simply is not built yet.
        if (folders.Addin is null) return TypedResults.NotFound(NotBuilt);
        // Word's web view caches hard; make it revalidate so a rebuilt pane shows up.
        response.Headers.CacheControl = "no-cache";
        return FolderFiles.Serve(folders.Addin, path ?? "", allowSubfolders: true).Result switch
        {
            PhysicalFileHttpResult file => file,
            _ => TypedResults.NotFound(),
        };
    }
}
