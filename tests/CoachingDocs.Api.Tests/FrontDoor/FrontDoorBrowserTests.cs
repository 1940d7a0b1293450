using System.IO.Compression;
using System.Text.RegularExpressions;
using CoachingDocs.Api.Tests.Support;
using Deque.AxeCore.Playwright;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace CoachingDocs.Api.Tests.FrontDoor;

/// <summary>
/// The front door end to end in headless Chromium against the real service: a new user makes a pack, checks a portfolio
/// made by other programs (LibreOffice, npm docx), and finds the cohort page, with an axe scan of each state.
/// </summary>
public sealed class FrontDoorBrowserTests(FrontDoorServer server) : IClassFixture<FrontDoorServer>
{
    private static byte[] Asset(string name) =>
        File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "tests", "CoachingDocs.Core.Tests", "Assets", name));

    private static FilePayload Upload(string name) => new()
    {
        Name = name,
        MimeType = name.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Buffer = Asset(name),
    };

    private async Task AssertNoSeriousAccessibilityProblems(IPage page)
    {
        // Under the strict CSP nothing was blocked, and no script failed.
        lock (server.ConsoleErrors) Assert.True(server.ConsoleErrors.Count == 0, string.Join("\n", server.ConsoleErrors));
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [Fact]
    public async Task The_start_page_links_the_three_tasks_and_has_no_serious_accessibility_problems()
    {
        var page = await server.OpenAsync("");
        Assert.Equal("CoachingDocs", await page.TitleAsync());
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Tasks" });
        foreach (var task in new[] { "Make documents", "Check a portfolio", "Cohorts" })
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = task })).ToBeVisibleAsync();
        await AssertNoSeriousAccessibilityProblems(page);
        await page.ScreenshotAsync(new() { Path = FrontDoorServer.ScreenshotPath("frontdoor-start.png"), FullPage = true });

        await nav.GetByRole(AriaRole.Link, new() { Name = "Cohorts" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cohorts", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the cohort page" })).ToHaveAttributeAsync("href", "/admin/");
        var qualificationRow = page.GetByRole(AriaRole.Table, new() { Name = "Roster columns" }).GetByRole(AriaRole.Row, new() { Name = "Qualification" }).First;
        await Assertions.Expect(qualificationRow).ToContainTextAsync("8585-certificate");
        // Every qualification id the roster accepts is listed, from the catalogue itself.
        await Assertions.Expect(page.Locator("#qualification-ids li")).ToHaveCountAsync(TestCatalogue().Qualifications.Count());
        await AssertNoSeriousAccessibilityProblems(page);
        await page.ScreenshotAsync(new() { Path = FrontDoorServer.ScreenshotPath("frontdoor-cohorts.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download a sample roster (.csv)" }).ClickAsync());
        var saved = Path.Combine(server.Downloads, "roster.csv");
        await download.SaveAsAsync(saved);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(TestPaths.RepositoryRoot, "templates", "samples", "roster.csv")), await File.ReadAllBytesAsync(saved));
    }

    [Fact]
    public async Task Make_documents_shows_every_problem_beside_its_field_then_downloads_the_unit_pack()
    {
        var page = await server.OpenAsync("#make");
        var make = page.Locator("#make");
        await make.GetByLabel("A unit pack").CheckAsync();
        await make.GetByRole(AriaRole.Combobox, new() { Name = "Qualification", Exact = true }).SelectOptionAsync("8585-certificate");
        await make.GetByRole(AriaRole.Combobox, new() { Name = "Unit", Exact = true }).SelectOptionAsync("8585-302");
        await Assertions.Expect(make.GetByRole(AriaRole.Link, new() { Name = "Download an example" })).ToHaveAttributeAsync("href", "/api/examples/units/8585-302/pack");
        await page.GetByLabel("Centre name").FillAsync("North Centre");
        await page.GetByLabel("Client references").FillAsync("Client A\n=HYPERLINK(\"x\")\nClient A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Download the unit pack" }).ClickAsync();

        // All the problems at once, each beside its field, as the service words them.
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("The documents were not made");
        await Assertions.Expect(page.Locator("#make-name-error")).ToContainTextAsync("is required");
        await Assertions.Expect(page.Locator("#make-registrationNumber-error")).ToContainTextAsync("is required");
        await Assertions.Expect(page.Locator("#make-centreNumber-error")).ToContainTextAsync("is required");
        await Assertions.Expect(page.Locator("#make-clientRefs-error")).ToContainTextAsync("line 2");
        await Assertions.Expect(page.Locator("#make-clientRefs-error")).ToContainTextAsync("line 3");
        await Assertions.Expect(page.Locator("#make-centreName-error")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Learner's full name")).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertNoSeriousAccessibilityProblems(page);
        await page.ScreenshotAsync(new() { Path = FrontDoorServer.ScreenshotPath("frontdoor-make-errors.png"), FullPage = true });

        await page.GetByLabel("Learner's full name").FillAsync("Jo Learner");
        await page.GetByLabel("ILM registration number").FillAsync("R123456");
        await page.GetByLabel("Centre number").FillAsync("12345");
        await page.GetByLabel("Client references").FillAsync("Client A\nClient B");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the unit pack" }).ClickAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeHiddenAsync();
        Assert.EndsWith(".zip", download.SuggestedFilename);
        var saved = Path.Combine(server.Downloads, "unit-pack.zip");
        await download.SaveAsAsync(saved);

        // Every document kind the catalogue gives the unit, each carrying the learner's name.
        var unit = TestCatalogue().FindUnit("8585-302")!;
        using var zip = ZipFile.OpenRead(saved);
        Assert.Equal(unit.DocumentKinds.Count, zip.Entries.Count);
        var diary = zip.Entries.Single(e => e.Name.Contains("coaching-diary", StringComparison.OrdinalIgnoreCase) || e.Name.Contains("Coaching Diary", StringComparison.OrdinalIgnoreCase));
        using var copy = new MemoryStream();
        using (var entry = diary.Open()) entry.CopyTo(copy);
        using var word = WordprocessingDocument.Open(copy, false);
        Assert.Contains("Jo Learner", word.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Fact]
    public async Task One_document_and_a_whole_qualification_pack_download_too()
    {
        var page = await server.OpenAsync("#make");
        var make = page.Locator("#make");
        await make.GetByLabel("Learner's full name").FillAsync("Ada Example");
        await make.GetByLabel("ILM registration number").FillAsync("R-42");
        await make.GetByLabel("Centre name").FillAsync("West College");
        await make.GetByLabel("Centre number").FillAsync("777");

        await make.GetByLabel("One document").CheckAsync();
        await make.GetByRole(AriaRole.Combobox, new() { Name = "Unit", Exact = true }).SelectOptionAsync("8585-302");
        // A document not chosen yet is named like any missing field, and nothing is downloaded.
        await make.GetByRole(AriaRole.Button, new() { Name = "Download the document" }).ClickAsync();
        await Assertions.Expect(page.Locator("#make-kind-error")).ToHaveTextAsync("Document is required");
        await make.GetByRole(AriaRole.Combobox, new() { Name = "Document", Exact = true }).SelectOptionAsync("hours-log");
        var download = await page.RunAndWaitForDownloadAsync(() => make.GetByRole(AriaRole.Button, new() { Name = "Download the document" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Downloaded" })).ToContainTextAsync(download.SuggestedFilename);

        // The qualification pack: a folder per unit the catalogue gives the qualification.
        await make.GetByLabel("A qualification pack").CheckAsync();
        await make.GetByRole(AriaRole.Combobox, new() { Name = "Qualification", Exact = true }).SelectOptionAsync("8585-award");
        download = await page.RunAndWaitForDownloadAsync(() => make.GetByRole(AriaRole.Button, new() { Name = "Download the qualification pack" }).ClickAsync(),
            new() { Timeout = 60_000 });
        var saved = Path.Combine(server.Downloads, "qualification-pack.zip");
        await download.SaveAsAsync(saved);
        var qualification = TestCatalogue().FindQualification("8585-award")!;
        using var zip = ZipFile.OpenRead(saved);
        var folders = zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct().Order().ToList();
        Assert.Equal(qualification.MandatoryUnits.Concat(qualification.OptionalUnits ?? []).Order(), folders);
    }

    [Fact]
    public async Task Check_a_portfolio_shows_the_report_as_a_page_and_downloads_the_result_sheet()
    {
        var page = await server.OpenAsync("#check");
        // A diary in the ILM layout written by LibreOffice (made by Assets/make/make-libreoffice-diary.py): C1 sessions of
        // 1.5, 1.5, 2 and 1.5 hours, C2 of 1.5, 1.5, 1.25 and 1.75; no evidence for ACs 2.1 and 3.3.
        await page.GetByLabel("Files to check").SetInputFilesAsync([Upload("RD020-LibreOfficeIlmLayout.docx")]);
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Files chosen" })).ToContainTextAsync("RD020-LibreOfficeIlmLayout.docx");
        await page.Locator("#check").GetByRole(AriaRole.Combobox, new() { Name = "Unit" }).SelectOptionAsync("8585-302");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Unit 8585-302") })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var unit = TestCatalogue().FindUnit("8585-302")!;
        var minHours = unit.Rules.Single(r => r.Kind == "minHours").Value;
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync($"12.5 hours of the {minHours:0.##} hours required");
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync("Sessions8");
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync("Individuals coached2");
        var bars = page.GetByRole(AriaRole.List, new() { Name = "Hours per client" });
        await Assertions.Expect(bars.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["C16.5 hours", "C26 hours"]);

        var rules = page.GetByRole(AriaRole.Table, new() { Name = "Unit rules" });
        await Assertions.Expect(rules.GetByRole(AriaRole.Row)).ToHaveCountAsync(unit.Rules.Count + 1);
        await Assertions.Expect(rules.GetByRole(AriaRole.Row, new() { Name = "Minimum hours" })).ToContainTextAsync("Met");
        var criteria = page.GetByRole(AriaRole.Table, new() { Name = "Assessment criteria" });
        await Assertions.Expect(criteria.GetByRole(AriaRole.Row)).ToHaveCountAsync(unit.Criteria.Count() + 1);
        // The diary has nothing for AC 2.1 (it holds the plan, session records, reflective log and supervision only).
        await Assertions.Expect(criteria.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "2.1", Exact = true }) }))
            .ToContainTextAsync("No evidence");
        // Every AC row shows an excerpt with its place in the file, or says it has none; each "none" is also a finding.
        var rows = criteria.Locator("tbody tr");
        var noEvidence = 0;
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var cellText = await rows.Nth(i).Locator("td").Last.InnerTextAsync();
            if (cellText.Contains("No evidence", StringComparison.Ordinal)) noEvidence++;
            else Assert.Contains("RD020-LibreOfficeIlmLayout.docx, ", cellText);
        }
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Findings" }).GetByText(new Regex(@"^AC_\d+\.\d+_NO_EVIDENCE$"))).ToHaveCountAsync(noEvidence);
        await Assertions.Expect(criteria.Locator(".location").First).ToContainTextAsync("RD020-LibreOfficeIlmLayout.docx");
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Findings" })).ToContainTextAsync("STATED_TOTAL_MISMATCH");
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Warnings" })).ToContainTextAsync("session 3");
        await AssertNoSeriousAccessibilityProblems(page);
        // The report from its heading down: figures, chart, rules and the first criteria (the whole page is long).
        await page.SetViewportSizeAsync(1280, 1500);
        await page.EvaluateAsync("() => document.getElementById('report-heading').scrollIntoView()");
        await page.ScreenshotAsync(new() { Path = FrontDoorServer.ScreenshotPath("frontdoor-check-report.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the auto-checked result sheet (.docx)" }).ClickAsync());
        var saved = Path.Combine(server.Downloads, "result-sheet.docx");
        await download.SaveAsAsync(saved);
        using var sheet = WordprocessingDocument.Open(saved, false);
        var text = sheet.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Minimum hours", text);
        Assert.DoesNotContain("Rule: minHours", text);

        download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the summary workbook (.xlsx)" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the evidence matrix (.docx)" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
    }

    [Fact]
    public async Task Several_files_from_other_programs_are_checked_together_and_a_bad_file_is_named()
    {
        var page = await server.OpenAsync("#check");
        // A free-format diary written by npm docx, dragged onto the drop zone; it does not say its unit, so the user chooses it.
        await DropAsync(page, Upload("RD010-NpmDocxFreeFormat.docx"));
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Files chosen" })).ToHaveTextAsync("RD010-NpmDocxFreeFormat.docx");
        await page.Locator("#check").GetByRole(AriaRole.Combobox, new() { Name = "Unit" }).SelectOptionAsync("8585-302");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Unit 8585-302") })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // Its sessions: "Client A" 165 minutes, "Client B" and "Client C" 90 each, named as the diary writes them (Assets/make/make-docx-diary.mjs).
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Hours per client" }).GetByRole(AriaRole.Listitem))
            .ToHaveTextAsync(["Client A2.75 hours", "Client B1.5 hours", "Client C1.5 hours"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Unit rules" }).GetByRole(AriaRole.Row, new() { Name = "Minimum hours" })).ToContainTextAsync("Not met");

        // Both diaries as one portfolio: 750 + 345 minutes, read from two programs' files.
        await page.GetByLabel("Files to check").SetInputFilesAsync([Upload("RD020-LibreOfficeIlmLayout.docx"), Upload("RD010-NpmDocxFreeFormat.docx")]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync("18.25 hours", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText(new Regex("^Checked RD020-LibreOfficeIlmLayout.docx, RD010-NpmDocxFreeFormat.docx\\."))).ToBeVisibleAsync();

        // An hours log kept in LibreOffice Calc (Assets/make/make-libreoffice-log.py): 90 + 60 + 75 + 120 minutes.
        await page.GetByLabel("Files to check").SetInputFilesAsync([Upload("RD041-LibreOfficeHoursLog.xlsx")]);
        await page.Locator("#check").GetByRole(AriaRole.Combobox, new() { Name = "Unit" }).SelectOptionAsync("L5-502");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Unit L5-502") })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync("5.75 hours");
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync("Sessions4");

        await page.GetByLabel("Files to check").SetInputFilesAsync([Upload("RD020-LibreOfficeIlmLayout.docx"), Upload("RD021-Word97.doc")]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        var error = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "RD021-Word97.doc" });
        await Assertions.Expect(error).ToContainTextAsync("Word 97-2003");
        await Assertions.Expect(page.Locator("#report")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_generated_diary_saved_by_LibreOffice_is_detected_and_its_learner_fills_the_result_sheet()
    {
        // Assets/make/make-generated-roundtrip.cs: made for Test Learner (REG12345, Test Centre 123456), unit 8585-302,
        // six sessions of 1.5, 2, 1.5, 1.75, 1.5 and 1.25 hours, then saved by LibreOffice.
        var page = await server.OpenAsync("#check");
        await page.GetByLabel("Files to check").SetInputFilesAsync([Upload("RD051-GeneratedLibreOfficeRoundTrip.docx")]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Unit 8585-302") })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".figures")).ToContainTextAsync("9.5 hours");
        // The page shows no learner details: the JSON report holds none.
        await Assertions.Expect(page.Locator("#report")).Not.ToContainTextAsync("Test Learner");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the auto-checked result sheet (.docx)" }).ClickAsync());
        var saved = Path.Combine(server.Downloads, "generated-result-sheet.docx");
        await download.SaveAsAsync(saved);
        using var sheet = WordprocessingDocument.Open(saved, false);
        var body = sheet.MainDocumentPart!.Document.Body!;
        string Field(string name) => Core.OpenXml.ContentControls.TextOf(Core.OpenXml.ContentControls.WithTag(body, Core.OpenXml.TagConvention.Field(name)).First());
        Assert.Equal("Test Learner", Field(Core.OpenXml.FieldNames.LearnerName));
        Assert.Equal("REG12345", Field(Core.OpenXml.FieldNames.RegistrationNumber));
        Assert.Equal("Test Centre", Field(Core.OpenXml.FieldNames.CentreName));
        Assert.Equal("123456", Field(Core.OpenXml.FieldNames.CentreNumber));
    }

    /// <summary>Drops a file on the drop zone as a file manager would: a drop event carrying it in a DataTransfer.</summary>
    private static async Task DropAsync(IPage page, FilePayload file)
    {
        var transfer = await page.EvaluateHandleAsync("""
            ([name, type, base64]) => {
              const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
              const transfer = new DataTransfer();
              transfer.items.add(new File([bytes], name, { type }));
              return transfer;
            }
            """, new[] { file.Name, file.MimeType, Convert.ToBase64String(file.Buffer) });
        await page.Locator("#drop-zone").DispatchEventAsync("dragover", new { dataTransfer = transfer });
        await page.Locator("#drop-zone").DispatchEventAsync("drop", new { dataTransfer = transfer });
    }

    private static Core.Catalogue.QualificationCatalogue TestCatalogue() =>
        Core.Catalogue.CatalogueLoader.Load(Path.Combine(TestPaths.RepositoryRoot, "templates", "catalogue"));
}
