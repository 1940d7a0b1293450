using System.Net.Http.Json;
using CoachingDocs.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachingDocs.Api.Tests;

/// <summary>Learner names are personal data: they must not reach the logs, whatever happens to the request.</summary>
public sealed class LoggingTests
{
    private const string Name = "Zebedee Quillfeather";

    [Fact]
    public async Task Learner_names_never_reach_the_logs_at_any_level()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new LoggingFactory(logs);
        var client = factory.CreateClient();
        var good = new { unit = "FX-1", name = Name, registrationNumber = "R1", centreName = "C", centreNumber = "1" };

        await client.PostAsJsonAsync("/api/documents/coaching-diary", good);
        await client.PostAsJsonAsync("/api/documents/coaching-diary", good with { unit = "NOPE" });
        await client.PostAsJsonAsync("/api/packs/units/FX-1", new { name = Name + "\u0000", registrationNumber = "R1", centreName = "C", centreNumber = "1" });
        factory.Generator.ThrowOnGenerate = new InvalidOperationException("generation failed");
        await client.PostAsJsonAsync("/api/packs/qualifications/fx-award", new { name = Name, registrationNumber = "R1", centreName = "C", centreNumber = "1" });

        Assert.NotEmpty(logs.Messages);
        Assert.Contains(logs.Messages, m => m.Contains("generation failed", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains("Zebedee", StringComparison.Ordinal) || m.Contains("Quillfeather", StringComparison.Ordinal));
    }

    private sealed class LoggingFactory(CapturingLoggerProvider logs) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }
    }
}
