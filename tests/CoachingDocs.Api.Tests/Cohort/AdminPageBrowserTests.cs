using System.IO.Compression;
using System.Text;
using CoachingDocs.Api.Tests.Jobs;
using Microsoft.Playwright;
using static CoachingDocs.Api.Tests.Jobs.CohortApiClient;

namespace CoachingDocs.Api.Tests.Cohort;

/// <summary>The admin page end to end in headless Chromium (Debian's, driven by Playwright) against a real loopback server.</summary>
public sealed class AdminPageBrowserTests : IAsyncLifetime
{
    private readonly string _storage = Directory.CreateTempSubdirectory("admin-page-").FullName;
    private readonly string _profile = Directory.CreateTempSubdirectory("chromium-profile-").FullName;
    private CohortTestHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowserContext _browser = null!;
    private readonly TestPackGenerator _generator = new();

    public async Task InitializeAsync()
    {
        _host = await CohortTestHost.StartAsync(_generator, new Dictionary<string, string?> { ["Storage:LocalFolder"] = _storage }, kestrel: true);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            AcceptDownloads = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Upload_a_roster_see_progress_and_bad_rows_then_download_the_packs()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, "/admin/").ToString());
        Assert.Equal("CoachingDocs — cohort admin", await page.TitleAsync());

        // A name with markup must show as text, not run as HTML.
        var roster = Roster(5, "<img src=x onerror=alert(1)>,R6,North Centre,C1,NOPE,,,,");
        await page.GetByLabel("Roster file").SetInputFilesAsync(new FilePayload { Name = "roster.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(roster) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate packs" }).ClickAsync();

        var status = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(status).ToHaveTextAsync("Done: 100% (5 of 5 learners)", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeHiddenAsync();
        var problems = page.GetByRole(AriaRole.Table, new() { Name = "Rows not used" });
        await Assertions.Expect(problems).ToContainTextAsync("'NOPE' is not a qualification");
        await Assertions.Expect(problems.Locator("td").First).ToHaveTextAsync("7");
        Assert.Equal(0, await page.Locator("img").CountAsync());

        var link = page.GetByRole(AriaRole.Link, new() { Name = "Download the packs (.zip)" });
        await Assertions.Expect(link).ToBeFocusedAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var saved = Path.Combine(_storage, "downloaded.zip");
        await download.SaveAsAsync(saved);
        Assert.EndsWith(".zip", download.SuggestedFilename);
        using var zip = ZipFile.OpenRead(saved);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"R{i:000} Learner {i}"), zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct());

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "coachingdocs-admin-page.png"), FullPage = true });
    }

    [Fact]
    public async Task An_unreadable_roster_shows_a_clear_error_and_the_form_stays_usable()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, "/admin/").ToString());
        await page.GetByLabel("Roster file").SetInputFilesAsync(new FilePayload { Name = "roster.csv", MimeType = "text/csv", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7 not a roster") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate packs" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The roster cannot be read");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Generate packs" })).ToBeEnabledAsync();
        Assert.Empty(_generator.Calls);
    }
}
