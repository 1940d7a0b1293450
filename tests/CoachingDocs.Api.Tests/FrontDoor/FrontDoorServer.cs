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
    private readonly WebApplicationFactory<Program> _factory = new();
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
            // The axe scan injects its script; the page itself never needs this.
            BypassCSP = true,
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

    public async Task<IPage> OpenAsync(string hash)
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(BaseAddress, "/" + hash).ToString());
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
}
