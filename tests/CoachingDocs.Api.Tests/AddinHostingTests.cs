using System.Net;
using CoachingDocs.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachingDocs.Api.Tests;

/// <summary>
/// The service itself serves the built task pane at /addin/: the add-in's manifest points Word there, so a service that
/// stopped serving it would leave every learner with an empty pane even though the add-in's own tests pass.
/// </summary>
public sealed class AddinHostingTests
{
    [Fact]
    public async Task The_built_task_pane_manifest_and_scripts_are_served_under_addin()
    {
        using var dist = new TestPaths.TempFolder();
        var marker = $"pane-{Guid.NewGuid():N}";
        File.WriteAllText(Path.Combine(dist.Path, "taskpane.html"), $"<!doctype html><title>{marker}</title>");
        Directory.CreateDirectory(Path.Combine(dist.Path, "assets"));
        File.WriteAllText(Path.Combine(dist.Path, "assets", "taskpane.js"), "export const built = true;");
        File.WriteAllText(Path.Combine(dist.Path, "manifest.xml"), "<OfficeApp/>");

        using var factory = new DistFactory(dist.Path);
        var client = factory.CreateClient();

        var pane = await client.GetAsync("/addin/taskpane.html");
        Assert.Equal(HttpStatusCode.OK, pane.StatusCode);
        Assert.Equal("text/html", pane.Content.Headers.ContentType?.MediaType);
        Assert.Contains(marker, await pane.Content.ReadAsStringAsync());

        var script = await client.GetAsync("/addin/assets/taskpane.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("export const built = true;", await script.Content.ReadAsStringAsync());

        var manifest = await client.GetAsync("/addin/manifest.xml");
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Equal("<OfficeApp/>", await manifest.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Files_outside_the_built_pane_are_not_served()
    {
        using var dist = new TestPaths.TempFolder();
        File.WriteAllText(Path.Combine(dist.Path, "taskpane.html"), "<!doctype html>");
        using var factory = new DistFactory(dist.Path);
        var client = factory.CreateClient();

        var response = await client.GetAsync("/addin/..%2F..%2Fappsettings.json");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private sealed class DistFactory(string dist) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Addin:DistPath", dist);
    }
}
