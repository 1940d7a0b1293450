using Microsoft.AspNetCore.Http;
using System.Text.Json;
using CoachingDocs.Api.Functions;
using CoachingDocs.Api.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingDocs.Api.Tests;

/// <summary>The Azure Functions definitions agree with the app's route table, and host.json runs the app as a custom handler.</summary>
public sealed class FunctionDefinitionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Every_route_has_a_function_with_the_same_methods_and_template_and_nothing_else()
    {
        using var folder = new TestPaths.TempFolder();
        var routes = RouteTable();
        FunctionDefinitionWriter.Write(FunctionDefinitionBuilder.FromEndpoints(Endpoints(), factory.Services.GetServices<MiddlewareHttpRoute>()), folder.Path);

        var functions = ReadFunctions(folder.Path);
        Assert.Equal(routes.OrderBy(r => r).ToList(), functions.Select(f => f.Key).OrderBy(r => r).ToList());
        Assert.Contains("GET api/units/{id}", routes);
        Assert.Contains("POST api/packs/qualifications/{qualificationId}", routes);
        Assert.Contains($"GET {FunctionDefinitionBuilder.RootRoute}", routes);
    }

    [Fact]
    public void Public_endpoints_are_anonymous_and_the_rest_need_a_function_key()
    {
        var definitions = FunctionDefinitionBuilder.FromEndpoints(Endpoints()).ToDictionary(d => d.Name);
        Assert.Equal(FunctionDefinition.Anonymous, definitions["LandingPage"].AuthLevel);
        Assert.Equal(FunctionDefinition.Anonymous, definitions["OpenApiDocument"].AuthLevel);
        Assert.Equal(FunctionDefinition.FunctionLevel, definitions["GenerateDocument"].AuthLevel);
        Assert.Equal(FunctionDefinition.FunctionLevel, definitions["GetUnit"].AuthLevel);
        Assert.All(definitions.Keys, name => Assert.Matches("^[A-Za-z][A-Za-z0-9_-]*$", name));
    }

    [Fact]
    public void Stale_function_folders_are_removed_and_other_files_are_left_alone()
    {
        using var folder = new TestPaths.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "OldFunction"));
        File.WriteAllText(Path.Combine(folder.Path, "OldFunction", "function.json"),
            FunctionDefinitionWriter.ToJson(new FunctionDefinition("OldFunction", "api/old", ["get"], FunctionDefinition.FunctionLevel)).ToJsonString());
        Directory.CreateDirectory(Path.Combine(folder.Path, "templates"));
        File.WriteAllText(Path.Combine(folder.Path, "host.json"), "{}");

        FunctionDefinitionWriter.Write(FunctionDefinitionBuilder.FromEndpoints(Endpoints(), factory.Services.GetServices<MiddlewareHttpRoute>()), folder.Path);

        Assert.False(Directory.Exists(Path.Combine(folder.Path, "OldFunction")));
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "templates")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "host.json")));
    }

    [Fact]
    public void Queue_functions_are_kept_and_never_overwritten_and_invocation_endpoints_are_not_http_functions()
    {
        using var folder = new TestPaths.TempFolder();
        var queueFunction = Path.Combine(folder.Path, "CohortWork", "function.json");
        Directory.CreateDirectory(Path.GetDirectoryName(queueFunction)!);
        File.WriteAllText(queueFunction, """{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "message", "queueName": "cohort-work" } ] }""");

        var invocation = new RouteEndpoint(_ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/CohortWork"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata(["POST"]), CoachingDocs.Api.Functions.NotAnHttpFunction.Instance), "CohortWork");
        var definitions = FunctionDefinitionBuilder.FromEndpoints([.. Endpoints(), invocation]);
        Assert.DoesNotContain(definitions, d => d.Route == "CohortWork");
        FunctionDefinitionWriter.Write(definitions, folder.Path);
        Assert.Contains("queueTrigger", File.ReadAllText(queueFunction));

        var clash = new FunctionDefinition("CohortWork", "api/cohort-work", ["post"], FunctionDefinition.FunctionLevel);
        Assert.Throws<IOException>(() => FunctionDefinitionWriter.Write([clash], folder.Path));
        Assert.Contains("queueTrigger", File.ReadAllText(queueFunction));
    }

    [Fact]
    public void Paths_served_by_middleware_get_a_function_when_registered()
    {
        var definitions = FunctionDefinitionBuilder.FromEndpoints(Endpoints(), [new MiddlewareHttpRoute("AddinFiles", "/addin/{*path}", ["GET", "HEAD"], Anonymous: true)]);
        var addin = Assert.Single(definitions, d => d.Name == "AddinFiles");
        Assert.Equal("addin/{*path}", addin.Route);
        Assert.Equal(["get", "head"], addin.Methods);
        Assert.Equal(FunctionDefinition.Anonymous, addin.AuthLevel);
    }

    [Fact]
    public void Unnamed_endpoints_get_a_name_from_their_method_and_route()
    {
        var endpoint = new RouteEndpoint(_ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/api/files/{**path}"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata(["GET"])), "files");
        var definition = Assert.Single(FunctionDefinitionBuilder.FromEndpoints([endpoint, endpoint]).Take(1));
        Assert.Equal("GET_api_files_path", definition.Name);
        Assert.Equal("api/files/{*path}", definition.Route);
        Assert.Equal(["GET_api_files_path", "GET_api_files_path_2"], FunctionDefinitionBuilder.FromEndpoints([endpoint, endpoint]).Select(d => d.Name));
    }

    [Fact]
    public void Host_json_runs_the_api_as_a_custom_handler_with_forwarded_http_and_no_route_prefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "host.json")));
        var root = host.RootElement;
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", root.GetProperty("extensionBundle").GetProperty("id").GetString());
        var handler = root.GetProperty("customHandler");
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal(typeof(Program).Assembly.GetName().Name, handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        // Function routes are the app's own paths ("api/units", "openapi/v1.json"), so the host must not add "api/".
        Assert.Equal("", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public async Task The_executable_writes_the_same_definitions_the_route_table_gives()
    {
        using var folder = new TestPaths.TempFolder();
        var api = typeof(Program).Assembly.Location;
        var result = await ProcessRunner.RunAsync("dotnet",
            [api, FunctionDefinitionCommand.Switch, folder.Path, "--Catalogue:Folder", TestPaths.FixtureCatalogue]);
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(RouteTable().OrderBy(r => r).ToList(), ReadFunctions(folder.Path).Keys.OrderBy(r => r).ToList());
    }

    private IEnumerable<Endpoint> Endpoints()
    {
        factory.CreateClient();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
    }

    // "METHOD route" per route endpoint, in the Functions route syntax.
    // Middleware routes (the add-in's static files) are registered as MiddlewareHttpRoute services, not endpoints.
    private List<string> RouteTable() => Endpoints().OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<NotAnHttpFunction>() is null)
        .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods
            .Select(m => $"{m} {FunctionDefinitionBuilder.FunctionRoute(e.RoutePattern)}"))
        .Concat(factory.Services.GetServices<MiddlewareHttpRoute>().SelectMany(r => r.Methods.Select(m => $"{m} {r.Route}")))
        .ToList();

    // Read back from disk independently of the writer: "METHOD route" -> function folder.
    private static Dictionary<string, string> ReadFunctions(string folder)
    {
        var functions = new Dictionary<string, string>();
        foreach (var file in Directory.EnumerateFiles(folder, "function.json", SearchOption.AllDirectories))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var bindings = doc.RootElement.GetProperty("bindings").EnumerateArray().ToList();
            var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
            Assert.Equal("in", trigger.GetProperty("direction").GetString());
            Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "out");
            foreach (var method in trigger.GetProperty("methods").EnumerateArray())
                functions.Add($"{method.GetString()!.ToUpperInvariant()} {trigger.GetProperty("route").GetString()}", Path.GetDirectoryName(file)!);
        }
        return functions;
    }
}
