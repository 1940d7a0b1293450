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
    private Core.Generation.IDocumentGenerator _generator = null!;

    public async Task InitializeAsync()
    {
        // The real catalogue and generator: the page is tested with the documents it really makes.
        var catalogue = Core.Catalogue.CatalogueLoader.Load(Path.Combine(Storage.AzuriteFixture.RepositoryRoot(), "templates", "catalogue"));
        _generator = new Core.Generation.DocumentGenerator(catalogue);
        _host = await CohortTestHost.StartAsync(_generator, new Dictionary<string, string?> { ["Storage:LocalFolder"] = _storage }, kestrel: true,
            catalogue: catalogue);
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

        // The sample roster, plus a row whose markup must show as text, not run as HTML.
        var sample = await File.ReadAllTextAsync(Path.Combine(Storage.AzuriteFixture.RepositoryRoot(), "templates", "samples", "roster.csv"));
        var roster = sample + "<img src=x onerror=alert(1)>,R6,North Centre,C1,NOPE,,,,,\n";
        await page.GetByLabel("Roster file").SetInputFilesAsync(new FilePayload { Name = "roster.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(roster) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate packs" }).ClickAsync();

        var status = page.Locator("#job-status[role=status]");
        await Assertions.Expect(status).ToHaveTextAsync("Done: 100% (8 of 8 learners)", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeHiddenAsync();
        var problems = page.GetByRole(AriaRole.Table, new() { Name = "Rows not used" });
        await Assertions.Expect(problems).ToContainTextAsync("'NOPE' is not a qualification");
        await Assertions.Expect(problems.Locator("td").First).ToHaveTextAsync("10");
        Assert.Equal(0, await page.Locator("img").CountAsync());

        var link = page.GetByRole(AriaRole.Link, new() { Name = "Download the packs (.zip)" });
        await Assertions.Expect(link).ToBeFocusedAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var saved = Path.Combine(_storage, "downloaded.zip");
        await download.SaveAsAsync(saved);
        Assert.EndsWith(".zip", download.SuggestedFilename);
        using var zip = ZipFile.OpenRead(saved);
        var folders = zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct().ToList();
        Assert.Equal(8, folders.Count);
        Assert.Equal("ILM24-0001 Amelia Hart", folders[0]);
        Assert.All(zip.Entries, e => Assert.True(e.FullName.EndsWith(".docx") || e.FullName.EndsWith(".xlsx"), e.FullName));

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
        Assert.DoesNotContain(Directory.EnumerateFiles(_storage, "*", SearchOption.AllDirectories), f => f.Contains("jobs"));
    }

    [Fact]
    public async Task Upload_submissions_see_each_learners_figures_coverage_and_findings_then_download_the_tracker()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, "/admin/").ToString());
        // Real documents through the real checker: an ILM-layout diary saved by LibreOffice, a free-format one made by npm docx, junk.
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in new[] { ("Ann Example/diary.docx", Asset("RD020-LibreOfficeIlmLayout.docx")), ("Ben/diary.docx", Asset("RD010-NpmDocxFreeFormat.docx")), ("Cy/diary.docx", "junk"u8.ToArray()) })
                using (var entry = archive.CreateEntry(name).Open()) entry.Write(bytes);
        await page.GetByLabel("Submissions zip").SetInputFilesAsync(new FilePayload { Name = "cohort.zip", MimeType = "application/zip", Buffer = zip.ToArray() });
        await page.GetByLabel("Unit").FillAsync("8585-302");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check submissions" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Checked 3 learners: 0 ready for assessment.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Learners checked" });
        var ann = Row(table, "Ann Example");
        await Assertions.Expect(ann).ToContainTextAsync("8585-302");
        await Assertions.Expect(ann).ToContainTextAsync("12.50");
        await Assertions.Expect(ann).ToContainTextAsync("Red");
        await Assertions.Expect(ann.Locator(".ac-missing").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d+ none$"));
        await Assertions.Expect(ann).ToContainTextAsync("_NO_EVIDENCE");
        await Assertions.Expect(ann).ToContainTextAsync("STATED_TOTAL_MISMATCH");
        await Assertions.Expect(Row(table, "Ben")).ToContainTextAsync("8585-302");
        await Assertions.Expect(Row(table, "Cy")).ToContainTextAsync("Could not be checked");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the cohort tracker (.xlsx)" }).ClickAsync());
        Assert.Equal("cohort-tracker.xlsx", download.SuggestedFilename);
        var saved = Path.Combine(_storage, "tracker.xlsx");
        await download.SaveAsAsync(saved);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(saved, false);
        Assert.Equal(2, workbook.WorkbookPart!.WorksheetParts.Count()); // Tracker + the 8585-302 heat map

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "coachingdocs-admin-check.png"), FullPage = true });
    }

    [Fact]
    public async Task A_folder_of_learner_folders_can_be_chosen_instead_of_a_zip()
    {
        var folder = Path.Combine(_storage, "cohort");
        foreach (var file in new[] { "Dee/diary.docx", "Eve/diary.docx" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            await File.WriteAllBytesAsync(Path.Combine(folder, file), Asset("RD020-LibreOfficeIlmLayout.docx"));
        }
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_host.BaseAddress, "/admin/").ToString());
        await page.GetByLabel("Or a folder of learner folders").SetInputFilesAsync(folder);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check submissions" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Checked 2 learners: 0 ready for assessment.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(Row(page.GetByRole(AriaRole.Table, new() { Name = "Learners checked" }), "Dee")).ToContainTextAsync("12.50");
    }

    private static byte[] Asset(string name) =>
        File.ReadAllBytes(Path.Combine(Storage.AzuriteFixture.RepositoryRoot(), "tests", "CoachingDocs.Core.Tests", "Assets", name));

    private static ILocator Row(ILocator table, string learner) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = learner, Exact = true }) });
}
