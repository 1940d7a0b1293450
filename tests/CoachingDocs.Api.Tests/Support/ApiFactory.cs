using CoachingDocs.Core.Generation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingDocs.Api.Tests.Support;

/// <summary>
/// The real app (its Program, services and pipeline) over the fixture catalogue, with the generator swapped for a
/// recording stand-in. Extra settings are applied as host settings, the way environment variables would be.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public RecordingDocumentGenerator Generator { get; } = new();

    public Dictionary<string, string?> Settings { get; } = new() { ["Catalogue:Folder"] = TestPaths.FixtureCatalogue };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<IDocumentGenerator>(Generator));
    }
}
