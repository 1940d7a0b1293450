using System.Net;
using CoachingDocs.Api.Functions;
using CoachingDocs.Api.Tests.Jobs;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingDocs.Api.Tests.Cohort;

/// <summary>The cohort routes as the Functions definitions derive them: HTTP functions for the API, none for CohortWork.</summary>
public sealed class CohortFunctionDefinitionsTests : IAsyncLifetime
{
    private readonly string _storage = Directory.CreateTempSubdirectory("cohort-defs-").FullName;
    private CohortTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await CohortTestHost.StartAsync(new TestPackGenerator(), new Dictionary<string, string?> { ["Storage:LocalFolder"] = _storage }, kestrel: true);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }

    [Fact]
    public void Cohort_routes_become_function_level_http_functions_and_the_queue_function_is_left_to_its_own_definition()
    {
        var endpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var definitions = FunctionDefinitionBuilder.FromEndpoints(endpoints).ToDictionary(d => d.Name);

        Assert.DoesNotContain(definitions.Values, d => d.Route.Equals(Apis.CohortApi.QueueFunctionName, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(("api/cohorts/jobs", FunctionDefinition.FunctionLevel), (definitions["CreateCohortJob"].Route, definitions["CreateCohortJob"].AuthLevel));
        Assert.Equal(("api/cohorts/jobs/{id}/download", FunctionDefinition.FunctionLevel), (definitions["DownloadCohortJob"].Route, definitions["DownloadCohortJob"].AuthLevel));
        Assert.Equal(("api/cohorts/checks", FunctionDefinition.FunctionLevel), (definitions["CheckCohortSubmissions"].Route, definitions["CheckCohortSubmissions"].AuthLevel));
        Assert.Equal(("admin/{*file}", FunctionDefinition.Anonymous), (definitions["AdminPage"].Route, definitions["AdminPage"].AuthLevel));
    }

    [Theory]
    [InlineData("/admin/", HttpStatusCode.OK, "text/html")]
    [InlineData("/admin", HttpStatusCode.OK, "text/html")]
    [InlineData("/admin/admin.js", HttpStatusCode.OK, "text/javascript")]
    [InlineData("/admin/admin.css", HttpStatusCode.OK, "text/css")]
    [InlineData("/admin/..%2F..%2Fappsettings.json", HttpStatusCode.NotFound, null)]
    [InlineData("/admin/nope.html", HttpStatusCode.NotFound, null)]
    public async Task The_admin_page_serves_its_own_files_only(string path, HttpStatusCode status, string? mediaType)
    {
        var response = await _host.Client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        if (mediaType is not null) Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
