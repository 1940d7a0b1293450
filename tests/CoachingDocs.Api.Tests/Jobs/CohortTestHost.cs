using CoachingDocs.Api.Apis;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachingDocs.Api.Tests.Jobs;

/// <summary>
/// The cohort API in a test server, wired the way Program.cs wires it (AddCohorts + MapCohortApi), with the
/// generator, clock and settings a test chooses.
/// </summary>
public sealed class CohortTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CohortTestHost(WebApplication app, bool kestrel)
    {
        _app = app;
        BaseAddress = kestrel ? new Uri(app.Urls.First()) : new Uri("http://localhost/");
        Client = kestrel ? new HttpClient { BaseAddress = BaseAddress } : app.GetTestClient();
    }

    public HttpClient Client { get; }

    /// <summary>Another client of the same server, for a test that sends with several identities (keys).</summary>
    public HttpClient NewClient() => _app.GetTestServer().CreateClient();
    public Uri BaseAddress { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<CohortTestHost> StartAsync(IDocumentGenerator generator, Dictionary<string, string?> settings, TimeProvider? clock = null,
        QualificationCatalogue? catalogue = null, ILoggerProvider? logs = null, bool kestrel = false, Core.Cohorts.ILearnerChecker? checker = null)
    {
        // With kestrel: a real loopback server (for a browser) serving the Api's wwwroot, as the service does.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            WebRootPath = kestrel ? Path.Combine(Storage.AzuriteFixture.RepositoryRoot(), "functions", "CoachingDocs.Api", "wwwroot") : null,
        });
        if (kestrel)
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        else
            builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
        }
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(catalogue ?? TestPackGenerator.Catalogue());
        builder.Services.AddSingleton(generator);
        if (clock is not null) builder.Services.AddSingleton(clock);
        if (checker is not null) builder.Services.AddSingleton(checker);
        builder.Services.AddProblemDetails();
        builder.Services.AddCohorts(builder.Configuration);
        builder.Services.AddSingleton(new Hosting.WebFolders(
            Path.Combine(Storage.AzuriteFixture.RepositoryRoot(), "functions", "CoachingDocs.Api", "wwwroot", "admin"), Addin: null));
        var app = builder.Build();
        app.MapCohortApi();
        await app.StartAsync();
        return new CohortTestHost(app, kestrel);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
