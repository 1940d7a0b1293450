using System.Net;
using System.Net.Http.Json;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Security;
using CoachingDocs.Api.Tests.Cohort;
using CoachingDocs.Core.Cohorts;
using static CoachingDocs.Api.Tests.Jobs.CohortApiClient;

namespace CoachingDocs.Api.Tests.Jobs;

/// <summary>
/// A cohort job or check belongs to the key that made it: another key gets the same 404 as for an id that does not
/// exist, for every operation, and the key itself is never stored.
/// </summary>
public sealed class JobOwnershipTests : IAsyncLifetime
{
    private const string KeyA = "centre-a-key-0123456789";
    private const string KeyB = "centre-b-key-9876543210";
    private readonly string _storage = Directory.CreateTempSubdirectory("job-owner-").FullName;
    private CohortTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CohortTestHost.StartAsync(new TestPackGenerator(),
        new Dictionary<string, string?> { ["Storage:LocalFolder"] = _storage, ["Jobs:Mode"] = "local" }, checker: new TestLearnerChecker());

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_storage, recursive: true);
    }

    private HttpClient ClientWith(string? key, string header = "x-api-key")
    {
        var client = _host.NewClient();
        if (key is not null) client.DefaultRequestHeaders.Add(header, key);
        return client;
    }

    [Fact]
    public async Task Another_key_cannot_see_cancel_resume_or_download_a_job()
    {
        using var owner = ClientWith(KeyA);
        using var other = ClientWith(KeyB);
        using var keyless = ClientWith(null);
        var job = await CreateAsync(owner, Roster(2));
        await WaitForAsync(owner, job.Id, j => j.IsFinished);

        foreach (var client in new[] { other, keyless })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/cohorts/jobs/{job.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/cohorts/jobs/{job.Id}/download")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/cohorts/jobs/{job.Id}/cancel", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/cohorts/jobs/{job.Id}/resume", null)).StatusCode);
        }
        // The same key in the other header (the Functions host's) is the same owner.
        using var sameKey = ClientWith(KeyA, "x-functions-key");
        Assert.Equal(JobState.Succeeded, (await GetAsync(sameKey, job.Id)).State);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/cohorts/jobs/{job.Id}/download")).StatusCode);
        AssertKeyNotStored();
    }

    [Fact]
    public async Task Another_key_cannot_see_or_download_a_cohort_check()
    {
        using var owner = ClientWith(KeyA);
        using var other = ClientWith(KeyB);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(CohortCheckApiTests.SubmissionsZip("Bea/diary.docx")), "submissions", "cohort.zip" } };
        var response = await owner.PostAsync("/api/cohorts/checks", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await response.Content.ReadFromJsonAsync<CohortCheckSummary>(Json))!;

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cohorts/checks/{summary.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(summary.DownloadUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(summary.TrackerUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/cohorts/checks/{summary.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(summary.TrackerUrl)).StatusCode);
        AssertKeyNotStored();
    }

    [Fact]
    public void The_owner_is_a_digest_that_tells_keys_apart()
    {
        Assert.NotEqual(RequestOwner.Digest(KeyA), RequestOwner.Digest(KeyB));
        Assert.Equal(RequestOwner.Digest(KeyA), RequestOwner.Digest(KeyA));
        Assert.Matches("^key-[0-9a-f]{16}$", RequestOwner.Digest(KeyA));
        Assert.DoesNotContain(KeyA, RequestOwner.Digest(KeyA));
    }

    private void AssertKeyNotStored()
    {
        foreach (var file in Directory.EnumerateFiles(_storage, "*.json", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(KeyA, text);
            Assert.DoesNotContain(KeyB, text);
        }
    }
}
