using System.Text.Json;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Security;
using CoachingDocs.Functions.Http;
using CoachingDocs.Functions.Jobs;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingDocs.Functions.Tests;

/// <summary>
/// The built functions.metadata (what the Functions host routes by) against the local server's route table: every route
/// and method of the local server has a function with the same name, route and auth level, and there is no other.
/// </summary>
public sealed class FunctionsMetadataTests : IClassFixture<WebApplicationFactory<global::Program>>
{
    private readonly WebApplicationFactory<global::Program> _server;

    public FunctionsMetadataTests(WebApplicationFactory<global::Program> server) => _server = server;

    private sealed record Route(string Name, string Template, string Methods, string AuthLevel);

    [Fact]
    public void Every_route_of_the_local_server_has_an_http_function_and_every_http_function_a_route()
    {
        using var metadata = FunctionsBuild.ReadMetadata(FunctionsBuild.OutputFolder);
        var functions = metadata.RootElement.EnumerateArray()
            .Select(f => (Name: f.GetProperty("name").GetString()!, Trigger: f.GetProperty("bindings").EnumerateArray().First(b => b.GetProperty("direction").GetString() == "In")))
            .Where(f => f.Trigger.GetProperty("type").GetString() == "httpTrigger")
            .Select(f => new Route(f.Name, f.Trigger.GetProperty("route").GetString()!,
                string.Join(",", f.Trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).Order()),
                f.Trigger.GetProperty("authLevel").GetString()!))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

        var routes = _server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 })
            .Select(e => new Route(
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "(unnamed " + e.RoutePattern.RawText + ")",
                FunctionsRoute(e.RoutePattern.RawText ?? ""),
                string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Order()),
                e.Metadata.GetMetadata<AllowWithoutApiKey>() is null ? "Function" : "Anonymous"))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

        Assert.True(routes.Count >= 20, $"only {routes.Count} routes found in the local server");
        Assert.Equal(routes, functions);
    }

    [Fact]
    public void Each_http_function_answers_through_its_return_value()
    {
        using var metadata = FunctionsBuild.ReadMetadata(FunctionsBuild.OutputFolder);
        foreach (var function in metadata.RootElement.EnumerateArray())
        {
            var bindings = function.GetProperty("bindings").EnumerateArray().ToList();
            if (bindings[0].GetProperty("type").GetString() != "httpTrigger") continue;
            var output = Assert.Single(bindings, b => b.GetProperty("direction").GetString() == "Out");
            Assert.Equal(("http", "$return"), (output.GetProperty("type").GetString(), output.GetProperty("name").GetString()));
            Assert.Equal("dotnet-isolated", function.GetProperty("language").GetString());
        }
    }

    [Fact]
    public void The_queue_and_timer_functions_are_bound_to_the_cohort_queue_and_the_sweep_schedule()
    {
        using var metadata = FunctionsBuild.ReadMetadata(FunctionsBuild.OutputFolder);
        var byName = metadata.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("bindings")[0]);

        var queue = byName[CohortWorkFunction.Name];
        Assert.Equal("queueTrigger", queue.GetProperty("type").GetString());
        Assert.Equal(new JobSettings().QueueName, queue.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", queue.GetProperty("connection").GetString());

        var timer = byName[ExpiredOutputsSweepFunction.Name];
        Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
        // Every 15 minutes, like the local server's sweeper default.
        Assert.Equal("0 */15 * * * *", timer.GetProperty("schedule").GetString());
        Assert.Equal(TimeSpan.FromMinutes(15), new Api.Storage.StorageSettings().SweepInterval);
    }

    /// <summary>The local server's template the way a function route says it: no leading slash, catch-alls with one star, "/" as an empty optional segment.</summary>
    private static string FunctionsRoute(string template)
    {
        var route = template.Trim('/').Replace("{**", "{*", StringComparison.Ordinal);
        return route.Length == 0 ? PageFunctions.RootRoute : route;
    }
}
