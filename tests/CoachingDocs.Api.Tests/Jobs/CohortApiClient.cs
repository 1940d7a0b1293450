using System.IO.Compression;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoachingDocs.Api.Jobs;

namespace CoachingDocs.Api.Tests.Jobs;

/// <summary>What a user of the API does: post a roster, poll the job, download the zip.</summary>
public static class CohortApiClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public const string Header = "Learner name,Registration number,Centre name,Centre number,Qualification,Units,Assessor,Client references,Start date";

    public static string Roster(int learners, params string[] extraRows) =>
        Header + "\n" + string.Concat(Enumerable.Range(1, learners).Select(i => $"Learner {i},R{i:000},North Centre,C1,8585-L3-CERT,,,CL-A;CL-B,2025-03-14\n"))
        + string.Concat(extraRows.Select(r => r + "\n"));

    public static Task<HttpResponseMessage> PostRosterAsync(HttpClient client, string csv, string fileName = "roster.csv") =>
        PostRosterAsync(client, Encoding.UTF8.GetBytes(csv), fileName);

    public static async Task<HttpResponseMessage> PostRosterAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "roster", fileName);
        return await client.PostAsync("/api/cohorts/jobs", form);
    }

    public static async Task<CohortJob> CreateAsync(HttpClient client, string csv)
    {
        var response = await PostRosterAsync(client, csv);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CohortJob>(Json))!;
    }

    public static async Task<CohortJob> GetAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<CohortJob>($"/api/cohorts/jobs/{id}", Json))!;

    public static async Task<CohortJob> WaitForAsync(HttpClient client, string id, Func<CohortJob, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = await GetAsync(client, id);
            if (until(job)) return job;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"job {id} is still {job.State} at {job.Percent}%");
            await Task.Delay(50);
        }
    }

    public static async Task<List<string>> DownloadEntriesAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/api/cohorts/jobs/{id}/download");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return zip.Entries.Select(e => e.FullName).ToList();
    }
}
