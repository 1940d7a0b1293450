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
    public async Task Landing_page_says_what_the_service_does_and_links_to_everything()
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
        Assert.Contains("/api/qualifications", links);
        Assert.Contains("/api/units", links);
        Assert.Contains("/openapi/v1.json", links);
        Assert.Contains("/api/units/FX-1", links);
        Assert.Contains("/api/examples/units/FX-1/pack", links);
        Assert.Contains("/api/examples/units/FX-1/documents/coaching-diary", links);
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
    }
}
