using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Tests.Jobs;
using CoachingDocs.Core.Cohorts;
using Microsoft.AspNetCore.Mvc;

namespace CoachingDocs.Api.Tests.Cohort;

public sealed class CohortCheckApiTests : IAsyncLifetime
{
    private readonly string _storage = Directory.CreateTempSubdirectory("cohort-check-").FullName;
    private CohortTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CohortTestHost.StartAsync(new TestPackGenerator(),
        new Dictionary<string, string?> { ["Storage:LocalFolder"] = _storage }, checker: new TestLearnerChecker());

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }

    public static byte[] SubmissionsZip(params string[] names)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var name in names) zip.CreateEntry(name).Open().Dispose();
        return stream.ToArray();
    }

    private async Task<HttpResponseMessage> PostZipAsync(byte[] zip, string? unit = null)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(zip), "submissions", "cohort.zip" } };
        if (unit is not null) form.Add(new StringContent(unit), "unit");
        return await _host.Client.PostAsync("/api/cohorts/checks", form);
    }

    [Fact]
    public async Task A_zip_of_learner_folders_gives_figures_per_learner_and_downloads()
    {
        var response = await PostZipAsync(SubmissionsZip("Bea/diary.docx", "Bea/log.docx", "Al/diary.docx", "Cy/damaged.docx", "stray.docx"), unit: "8585-303");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await response.Content.ReadFromJsonAsync<CohortCheckSummary>(CohortApiClient.Json))!;

        Assert.Equal(["Al", "Bea", "Cy"], summary.Learners.Select(l => l.Learner));
        Assert.Equal([TrackerStatus.Amber, TrackerStatus.Green, TrackerStatus.Red], summary.Learners.Select(l => l.Status));
        Assert.Equal((12m, "8585-303", 2), (summary.Learners[1].Hours, summary.Learners[1].UnitId, summary.Learners[1].CriteriaEvidenced));
        Assert.Equal("stray.docx", Assert.Single(summary.Problems).Path);
        Assert.Equal(summary.Learners.Count, (await _host.Client.GetFromJsonAsync<CohortCheckSummary>($"/api/cohorts/checks/{summary.Id}", CohortApiClient.Json))!.Learners.Count);

        using var results = new ZipArchive(new MemoryStream(await _host.Client.GetByteArrayAsync(summary.DownloadUrl)));
        Assert.Equal(["Al/report.json", "Bea/report.json", CohortCheckBuilder.TrackerFileName], results.Entries.Select(e => e.FullName));
        var tracker = await _host.Client.GetAsync(summary.TrackerUrl);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", tracker.Content.Headers.ContentType?.MediaType);
        Assert.Equal("cohort-tracker.xlsx", tracker.Content.Headers.ContentDisposition?.FileNameStar ?? tracker.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Many_uploaded_files_named_by_folder_are_grouped_by_learner()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent([1]), "files", "Dee/diary.docx" },
            { new ByteArrayContent([2]), "files", "Dee/log.docx" },
            { new ByteArrayContent([3]), "files", "Eve/diary.docx" },
        };
        var summary = (await (await _host.Client.PostAsync("/api/cohorts/checks", form)).Content.ReadFromJsonAsync<CohortCheckSummary>(CohortApiClient.Json))!;
        Assert.Equal([("Dee", 12m), ("Eve", 6m)], summary.Learners.Select(l => (l.Learner, l.Hours)));
    }

    [Fact]
    public async Task Unusable_submissions_and_unknown_checks_get_clear_problems()
    {
        var notZip = await PostZipAsync("%PDF-1.7"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, notZip.StatusCode);
        Assert.Contains("not a zip", (await notZip.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        var loose = await PostZipAsync(SubmissionsZip("diary.docx"));
        Assert.Contains("no learner folders", (await loose.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.Client.PostAsync("/api/cohorts/checks", empty)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.GetAsync($"/api/cohorts/checks/{Guid.NewGuid():N}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.GetAsync("/api/cohorts/checks/nope/tracker")).StatusCode);
    }

    [Fact]
    public async Task As_wired_in_the_service_the_real_checker_reads_a_libreoffice_diary()
    {
        var root = Storage.AzuriteFixture.RepositoryRoot();
        var catalogue = Core.Catalogue.CatalogueLoader.Load(Path.Combine(root, "templates", "catalogue"));
        var storage = Directory.CreateTempSubdirectory("cohort-realcheck-").FullName;
        try
        {
            // No checker given: AddCohorts registers the real one.
            await using var host = await CohortTestHost.StartAsync(new TestPackGenerator(), new Dictionary<string, string?> { ["Storage:LocalFolder"] = storage }, catalogue: catalogue);
            var diary = await File.ReadAllBytesAsync(Path.Combine(root, "tests", "CoachingDocs.Core.Tests", "Assets", "RD020-LibreOfficeIlmLayout.docx"));
            var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            using (var entry = archive.CreateEntry("Ann Example/diary.docx").Open())
                entry.Write(diary);
            using var form = new MultipartFormDataContent { { new ByteArrayContent(zip.ToArray()), "submissions", "cohort.zip" }, { new StringContent("8585-302"), "unit" } };

            var response = await host.Client.PostAsync("/api/cohorts/checks", form);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var learner = Assert.Single((await response.Content.ReadFromJsonAsync<CohortCheckSummary>(CohortApiClient.Json))!.Learners);
            Assert.Equal(("Ann Example", "8585-302", 12.5m, 2), (learner.Learner, learner.UnitId, learner.Hours, learner.Individuals));
            Assert.Contains(learner.Findings, f => f.StartsWith("STATED_TOTAL_MISMATCH"));
        }
        finally
        {
            Directory.Delete(storage, recursive: true);
        }
    }
}
