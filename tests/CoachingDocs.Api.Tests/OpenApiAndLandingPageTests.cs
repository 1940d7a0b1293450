using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CoachingDocs.Api.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingDocs.Api.Tests;

public sealed class OpenApiAndLandingPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task OpenApi_document_lists_every_api_route_with_its_methods()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths");

        var apiRoutes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        Assert.True(apiRoutes.Count >= 9, $"only {apiRoutes.Count} api routes");
        foreach (var route in apiRoutes)
        {
            Assert.True(paths.TryGetProperty(route.RoutePattern.RawText!, out var path), $"{route.RoutePattern.RawText} is not in the OpenAPI document");
            foreach (var method in route.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)
            {
                var operation = path.GetProperty(method.ToLowerInvariant());
                Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()));
                Assert.True(operation.GetProperty("tags").GetArrayLength() > 0);
            }
        }
    }

    [Fact]
    public async Task OpenApi_describes_the_generation_body_and_its_problems()
    {
        using var doc = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var post = doc.RootElement.GetProperty("paths").GetProperty("/api/documents/{kind}").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("413", out _));
        var schemas = doc.RootElement.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("DocumentRequestBody").GetProperty("properties").TryGetProperty("registrationNumber", out _));
    }

    [Fact]
    public async Task The_front_door_says_what_the_service_does_links_everything_and_has_no_inline_code()
    {
        var response = await factory.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();

        // Well-formed enough to parse as XML once the doctype is dropped: no unclosed or unescaped markup.
        var page = XElement.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
        Assert.Equal("en-GB", page.Attribute("lang")?.Value);
        Assert.Contains("coaching diaries", html);
        var links = page.Descendants("a").Select(a => a.Attribute("href")!.Value).ToList();
        foreach (var link in new[] { "#make", "#check", "#cohorts", "/api/qualifications", "/api/units", "/openapi/v1.json", "/admin/", "/samples/roster.csv", "/samples/roster.xlsx" })
            Assert.Contains(link, links);

        // A strict Content-Security-Policy (default-src 'self') must hold: no inline script, style or event handler.
        Assert.All(page.Descendants("script"), s => Assert.NotNull(s.Attribute("src")));
        Assert.Empty(page.Descendants("style"));
        Assert.DoesNotContain(page.DescendantsAndSelf().Attributes(), a => a.Name.LocalName == "style" || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));

        // The page's own files are served; nothing outside its folder is.
        var client = factory.CreateClient();
        foreach (var file in new[] { "/app/main.js", "/app/make.js", "/app/check.js", "/app/report.js", "/app/api.js", "/app/frontdoor.css" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(file)).StatusCode);
        Assert.Equal("text/javascript", (await client.GetAsync("/app/main.js")).Content.Headers.ContentType?.MediaType);
        foreach (var bad in new[] { "/app/..%2Findex.html", "/app/.hidden", "/app/nope.js", "/samples/..%2Fcatalogue", "/samples/other.csv" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(bad)).StatusCode);
    }

    [Fact]
    public async Task The_sample_rosters_download_as_the_files_in_templates_samples()
    {
        var client = factory.CreateClient();
        foreach (var (name, type) in new[] { ("roster.csv", "text/csv"), ("roster.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") })
        {
            var response = await client.GetAsync($"/samples/{name}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(TestPaths.RepositoryRoot, "templates", "samples", name)), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task OpenApi_marks_required_fields_and_gives_the_media_types_of_file_answers()
    {
        using var doc = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var schemas = doc.RootElement.GetProperty("components").GetProperty("schemas");
        string[] Required(string schema) => [.. schemas.GetProperty(schema).GetProperty("required").EnumerateArray().Select(e => e.GetString()!)];
        string[] learner = ["name", "registrationNumber", "centreName", "centreNumber"];
        Assert.Equal(learner.Order(), Required("LearnerRequestBody").Order());
        Assert.Equal(learner.Append("unit").Order(), Required("DocumentRequestBody").Order());

        const string docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        const string xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var (path, method, types) in new (string, string, string[])[]
        {
            ("/api/documents/{kind}", "post", [docx, xlsx]),
            ("/api/packs/units/{unitId}", "post", ["application/zip"]),
            ("/api/packs/qualifications/{qualificationId}", "post", ["application/zip"]),
            ("/api/examples/units/{unitId}/documents/{kind}", "get", [docx, xlsx]),
            ("/api/examples/units/{unitId}/pack", "get", ["application/zip"]),
            ("/api/check", "post", ["application/json", docx, xlsx]),
        })
        {
            var content = paths.GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.Equal(types.Order(), content.EnumerateObject().Select(p => p.Name).Order());
            foreach (var type in types.Where(t => t != "application/json"))
                Assert.Equal("binary", content.GetProperty(type).GetProperty("schema").GetProperty("format").GetString());
        }
    }

    [Fact]
    public async Task Example_links_on_the_landing_page_download_files()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/api/examples/units/FX-1/documents/reflective-log");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("document reflective-log FX-1  Alex Example", factory.Generator.Calls);

        var wrongKind = await client.GetAsync("/api/examples/units/FX-2/documents/coaching-diary");
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);

        // An example is addressed by its URL: a unit that is not in the catalogue is not found, as docs/api.md says.
        foreach (var missing in new[] { "/api/examples/units/NO-SUCH/pack", "/api/examples/units/NO-SUCH/documents/coaching-diary" })
        {
            var notFound = await client.GetAsync(missing);
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            Assert.Equal("application/problem+json", notFound.Content.Headers.ContentType?.MediaType);
        }
    }
}
