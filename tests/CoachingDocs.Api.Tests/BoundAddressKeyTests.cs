using System.Diagnostics;
using System.Net;
using CoachingDocs.Api.Hosting;
using CoachingDocs.Api.Security;
using CoachingDocs.Api.Tests.Support;

namespace CoachingDocs.Api.Tests;

/// <summary>
/// Issue 9: the key rule read only <c>urls</c>, so <c>Kestrel__Endpoints__Http__Url=http://0.0.0.0:PORT</c> started
/// without a key. The rule now also runs on the addresses Kestrel really bound.
/// </summary>
public sealed class BoundAddressKeyTests
{
    private static readonly ListenAddresses Loopback = new([ListenAddresses.DefaultUrl]);

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://192.168.1.4:5000")]
    public void Bound_beyond_loopback_without_a_key_is_a_configuration_problem(string bound)
    {
        var policy = new ApiKeyPolicy(new ApiKeySettings(), Loopback);
        Assert.False(policy.Required);
        policy.ApplyBoundAddresses([bound]);
        Assert.True(policy.Required);
        Assert.Contains(bound, policy.ConfigurationProblem);
        Assert.False(policy.Accepts("anything"));
    }

    [Fact]
    public void Bound_beyond_loopback_with_a_key_requires_it()
    {
        var policy = new ApiKeyPolicy(new ApiKeySettings { Keys = ["a-long-test-key-0123456789"] }, Loopback);
        policy.ApplyBoundAddresses(["http://0.0.0.0:5000"]);
        Assert.True(policy.Required);
        Assert.Null(policy.ConfigurationProblem);
    }

    [Fact]
    public void Bound_on_loopback_changes_nothing()
    {
        var policy = new ApiKeyPolicy(new ApiKeySettings(), Loopback);
        policy.ApplyBoundAddresses(["http://127.0.0.1:5000", "http://[::1]:5000", "http://localhost:5000"]);
        Assert.False(policy.Required);
        Assert.Null(policy.ConfigurationProblem);
    }

    [Fact]
    public async Task A_Kestrel_endpoint_on_all_interfaces_without_a_key_stops_the_service()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CoachingDocs.Api.dll");
        Assert.True(File.Exists(dll), dll);
        var port = 20000 + Random.Shared.Next(20000);
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment = { ["Kestrel__Endpoints__Http__Url"] = $"http://0.0.0.0:{port}", ["Catalogue__Folder"] = TestPaths.FixtureCatalogue },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var answered = new List<HttpStatusCode>();
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try { answered.Add((await client.GetAsync($"http://127.0.0.1:{port}/api/units")).StatusCode); }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        Assert.True(process.HasExited, "the service kept running without a key");
        Assert.Equal(4, process.ExitCode);
        Assert.Contains("no API key is configured", await stderr);
        Assert.All(answered, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/index.html")]
    public async Task Html_pages_carry_the_security_headers(string path)
    {
        using var factory = new ApiFactory();
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }
}
