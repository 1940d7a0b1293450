using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using CoachingDocs.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoachingDocs.Api.Tests.FrontDoor;

/// <summary>
/// The service exactly as it ships (Program.cs, the repository's catalogue, templates and wwwroot) on a real loopback
/// port, and Debian's Chromium driven by Playwright; shared by the front door's browser tests.
/// </summary>
public sealed class FrontDoorServer : IAsyncLifetime
{
    /// <summary>What the pages must work under (and what the service's security headers send for HTML): scripts and styles from the service only.</summary>
    public const string StrictContentSecurityPolicy = "default-src 'self'";

    private readonly StrictCspFactory _factory = new();
    private readonly string _profile = Directory.CreateTempSubdirectory("chromium-profile-").FullName;
    private IPlaywright _playwright = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowserContext Browser { get; private set; } = null!;

    /// <summary>Where downloads are saved; deleted with the server.</summary>
    public string Downloads { get; } = Directory.CreateTempSubdirectory("frontdoor-downloads-").FullName;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        Directory.Delete(Downloads, recursive: true);
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
    }

    /// <summary>Script errors and Content-Security-Policy refusals of every page opened; the tests expect none.</summary>
    public List<string> ConsoleErrors { get; } = [];

    public async Task<IPage> OpenAsync(string hash)
    {
        var page = await Browser.NewPageAsync();
        // Answers the tests ask for on purpose (a 400 with the problems) are logged too; only refusals and exceptions count.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) lock (ConsoleErrors) ConsoleErrors.Add(message.Text);
        };
        page.PageError += (_, error) =>
        {
            lock (ConsoleErrors) ConsoleErrors.Add(error);
        };
        var response = await page.GotoAsync(new Uri(BaseAddress, "/" + hash).ToString());
        Assert.Equal(StrictContentSecurityPolicy, response!.Headers["content-security-policy"]);
        await Assertions.Expect(page.Locator("body[data-ready=true]")).ToHaveCountAsync(1);
        return page;
    }

    /// <summary>The screenshots in docs/images are refreshed with FRONTDOOR_SCREENSHOTS=docs; other runs leave tracked files alone.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Environment.GetEnvironmentVariable("FRONTDOOR_SCREENSHOTS") == "docs"
            ? Path.Combine(TestPaths.RepositoryRoot, "docs", "images")
            : Path.Combine(Path.GetTempPath(), "coachingdocs-test-results");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    /// <summary>The app as it ships, with a strict Content-Security-Policy on every answer, so an inline script or style would fail here.</summary>
    private sealed class StrictCspFactory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new StrictCsp()));
    }

    private sealed class StrictCsp : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy = StrictContentSecurityPolicy;
                    return Task.CompletedTask;
                });
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
