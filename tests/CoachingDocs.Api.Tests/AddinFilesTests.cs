using System.Net;
using CoachingDocs.Api.Apis;
using CoachingDocs.Api.Tests.Support;

namespace CoachingDocs.Api.Tests;

/// <summary>The add-in's built files at /addin/..., served by the AddinFiles endpoint (the Functions app's AddinFiles function calls the same handler).</summary>
public sealed class AddinFilesTests : IDisposable
{
    private readonly TestPaths.TempFolder _dist = new();

    public AddinFilesTests()
    {
        Directory.CreateDirectory(Path.Combine(_dist.Path, "assets"));
        File.WriteAllText(Path.Combine(_dist.Path, "taskpane.html"), "<!doctype html><title>pane</title>");
        File.WriteAllText(Path.Combine(_dist.Path, "taskpane.js.map"), "{}");
        File.WriteAllBytes(Path.Combine(_dist.Path, "assets", "icon-16.png"), [0x89, 0x50, 0x4e, 0x47]);
        File.WriteAllText(Path.Combine(_dist.Path, ".secret"), "hidden");
    }

    public void Dispose() => _dist.Dispose();

    [Theory]
    [InlineData("/addin/taskpane.html", "text/html", "<!doctype html><title>pane</title>")]
    [InlineData("/addin/taskpane.js.map", "application/json", "{}")]
    [InlineData("/addin/assets/icon-16.png", "image/png", "\u0089PNG")]
    public async Task Built_files_are_served_with_their_media_type_and_revalidated(string path, string mediaType, string content)
    {
        using var factory = Factory(_dist.Path);
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(content, System.Text.Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("/addin/nope.js")]
    [InlineData("/addin/.secret")]
    [InlineData("/addin/assets/..%2F.secret")]
    [InlineData("/addin/")]
    public async Task Nothing_else_is_served(string path)
    {
        using var factory = Factory(_dist.Path);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_head_request_answers_without_a_body()
    {
        using var factory = Factory(_dist.Path);
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/addin/taskpane.html"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Without_a_build_the_answer_says_how_to_build_it()
    {
        using var factory = Factory(Path.Combine(_dist.Path, "not-built"));
        var response = await factory.CreateClient().GetAsync("/addin/taskpane.html");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("npm run build", await response.Content.ReadAsStringAsync());
    }

    private static ApiFactory Factory(string dist)
    {
        var factory = new ApiFactory();
        factory.Settings["Addin:DistPath"] = dist;
        return factory;
    }
}
