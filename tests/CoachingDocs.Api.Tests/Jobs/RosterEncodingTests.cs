using System.Net;
using System.Net.Http.Json;
using System.Text;
using static CoachingDocs.Api.Tests.Jobs.CohortApiClient;

namespace CoachingDocs.Api.Tests.Jobs;

/// <summary>A roster saved as Excel's Windows "CSV" (Windows-1252) is read, and the job says so for the centre to check.</summary>
public sealed class RosterEncodingTests : IAsyncLifetime
{
    private readonly string _storage = Directory.CreateTempSubdirectory("roster-encoding-").FullName;
    private CohortTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CohortTestHost.StartAsync(new TestPackGenerator(),
        new Dictionary<string, string?> { ["Storage:LocalFolder"] = _storage, ["Jobs:Mode"] = "local" });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }

    private static byte[] Windows1252(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    [Fact]
    public async Task A_Windows_1252_roster_makes_a_job_that_warns_about_the_encoding()
    {
        var csv = Header + "\nZoë Brontë,R001,North Centre,C1,8585-L3-CERT,,,CL-A;CL-B,2025-03-14\n";
        var response = await PostRosterAsync(_host.Client, Windows1252(csv), "roster.csv");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = (await response.Content.ReadFromJsonAsync<Api.Jobs.CohortJob>(Json))!;
        Assert.Contains("Windows-1252", Assert.Single(job.RosterWarnings));
        Assert.Single((await GetAsync(_host.Client, job.Id)).RosterWarnings);
        await WaitForAsync(_host.Client, job.Id, j => j.IsFinished);
        Assert.Equal("R001 Zoë Brontë", (await DownloadEntriesAsync(_host.Client, job.Id)).Select(e => e.Split('/')[0]).Distinct().Single());
    }

    [Fact]
    public async Task A_UTF_8_roster_has_no_warning()
    {
        var job = await CreateAsync(_host.Client, Header + "\nZoë Brontë,R001,North Centre,C1,8585-L3-CERT,,,CL-A;CL-B,2025-03-14\n");
        Assert.Empty(job.RosterWarnings);
    }

    [Fact]
    public async Task A_refused_Windows_1252_roster_still_says_how_it_was_read()
    {
        var response = await PostRosterAsync(_host.Client, Windows1252(Header + "\n,R001,Zoë's Centre,C1,8585-L3-CERT,,,,\n"), "roster.csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Contains("Windows-1252", body.GetProperty("rosterWarnings")[0].GetString());
        Assert.Equal(1, body.GetProperty("rosterProblems").GetArrayLength());
    }
}
