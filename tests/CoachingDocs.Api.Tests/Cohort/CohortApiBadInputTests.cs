using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoachingDocs.Api.Tests.Jobs;
using Microsoft.AspNetCore.Mvc;
using static CoachingDocs.Api.Tests.Jobs.CohortApiClient;

namespace CoachingDocs.Api.Tests.Cohort;

public sealed class CohortApiBadInputTests : IAsyncLifetime
{
    private readonly string _storage = Directory.CreateTempSubdirectory("cohort-bad-").FullName;
    private CohortTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CohortTestHost.StartAsync(new TestPackGenerator(),
        new Dictionary<string, string?> { ["Storage:LocalFolder"] = _storage, ["Jobs:MaxRosterBytes"] = "100000" });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }

    private static async Task<ProblemDetails> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
    }

    [Fact]
    public async Task A_pdf_renamed_csv_or_xlsx_gets_a_clear_400()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
        var asCsv = await Problem(await PostRosterAsync(_host.Client, pdf, "roster.csv"), HttpStatusCode.BadRequest);
        Assert.Contains("header row", asCsv.Detail);
        var zipNotWorkbook = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(zipNotWorkbook, System.IO.Compression.ZipArchiveMode.Create, true)) zip.CreateEntry("a.txt");
        var asXlsx = await Problem(await PostRosterAsync(_host.Client, zipNotWorkbook.ToArray(), "roster.xlsx"), HttpStatusCode.BadRequest);
        Assert.Contains("not an Excel workbook", asXlsx.Detail);
    }

    [Fact]
    public async Task A_roster_with_no_good_row_lists_every_row_problem()
    {
        var response = await PostRosterAsync(_host.Client, Header + "\n=1+1,R1,C,1,8585-L3-CERT,,,,\nJo,R2,C,1,UNKNOWN,,,,\n");
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("every row has a problem", problem.Detail);
        var rows = ((JsonElement)problem.Extensions["rosterProblems"]!).EnumerateArray().Select(p => p.GetProperty("row").GetInt32()).ToList();
        Assert.Equal([2, 3], rows);
    }

    [Fact]
    public async Task Missing_file_non_form_and_oversized_uploads_are_refused()
    {
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "notroster" } };
        Assert.Contains("'roster'", (await Problem(await _host.Client.PostAsync("/api/cohorts/jobs", empty), HttpStatusCode.BadRequest)).Detail);
        var json = await _host.Client.PostAsync("/api/cohorts/jobs", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        var big = Roster(1) + new string('x', 200_000);
        await Problem(await PostRosterAsync(_host.Client, big), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Unknown_and_malformed_job_ids_are_404()
    {
        Assert.Contains("expired", (await Problem(await _host.Client.GetAsync($"/api/cohorts/jobs/{Guid.NewGuid():N}"), HttpStatusCode.NotFound)).Detail);
        Assert.Contains("32 hexadecimal", (await Problem(await _host.Client.GetAsync("/api/cohorts/jobs/..%2F..%2Fetc"), HttpStatusCode.NotFound)).Detail);
        await Problem(await _host.Client.PostAsync($"/api/cohorts/jobs/{Guid.NewGuid():N}/cancel", null), HttpStatusCode.NotFound);
        await Problem(await _host.Client.GetAsync($"/api/cohorts/jobs/{Guid.NewGuid():N}/download"), HttpStatusCode.NotFound);
    }
}
