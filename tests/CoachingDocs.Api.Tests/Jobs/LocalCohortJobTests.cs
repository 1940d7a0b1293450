using System.Net;
using System.Net.Http.Json;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using static CoachingDocs.Api.Tests.Jobs.CohortApiClient;

namespace CoachingDocs.Api.Tests.Jobs;

public sealed class LocalCohortJobTests : IDisposable
{
    private readonly string _storage = Directory.CreateTempSubdirectory("cohort-jobs-").FullName;

    public void Dispose() => Directory.Delete(_storage, recursive: true);

    private Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["Storage:LocalFolder"] = _storage, ["Jobs:Mode"] = "local" };
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }

    [Fact]
    public async Task A_roster_becomes_a_job_that_reaches_100_percent_and_downloads_a_folder_per_learner()
    {
        await using var host = await CohortTestHost.StartAsync(new TestPackGenerator(), Settings());
        var created = await CreateAsync(host.Client, Roster(6, ",R999,North Centre,C1,8585-L3-CERT,,,,"));

        Assert.Equal((6, JobState.Queued), (created.Total, created.State));
        var problem = Assert.Single(created.RosterProblems);
        Assert.Equal((8, "Learner name", "is required"), (problem.Row, problem.Column, problem.Message));

        var done = await WaitForAsync(host.Client, created.Id, j => j.IsFinished);
        Assert.Equal((JobState.Succeeded, 100, 6), (done.State, done.Percent, done.Done));
        var entries = await DownloadEntriesAsync(host.Client, created.Id);
        Assert.Equal(12, entries.Count);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"R{i:000} Learner {i}"), entries.Select(e => e.Split('/')[0]).Distinct());
    }

    [Fact]
    public async Task Progress_is_visible_while_running_and_cancel_stops_the_job()
    {
        var generator = new TestPackGenerator { HoldAt = "R004" };
        await using var host = await CohortTestHost.StartAsync(generator, Settings(("Jobs:Workers", "1")));
        host.Services.GetRequiredService<Core.Cohorts.CohortSettings>();
        var created = await CreateAsync(host.Client, Roster(20));

        await generator.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var running = await WaitForAsync(host.Client, created.Id, j => j.State == JobState.Running && j.Done >= 1);
        Assert.InRange(running.Percent, 5, 99);
        var notReady = await host.Client.GetAsync($"/api/cohorts/jobs/{created.Id}/download");
        Assert.Equal(HttpStatusCode.Conflict, notReady.StatusCode);
        Assert.Contains("running", (await notReady.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);

        var cancel = await host.Client.PostAsync($"/api/cohorts/jobs/{created.Id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        generator.Release.SetResult();
        var finished = await WaitForAsync(host.Client, created.Id, j => j.IsFinished);

        Assert.Equal(JobState.Cancelled, finished.State);
        Assert.True(generator.Calls.Count < 20, $"generated {generator.Calls.Count} of 20 after cancel");
        Assert.Equal(HttpStatusCode.Conflict, (await host.Client.GetAsync($"/api/cohorts/jobs/{created.Id}/download")).StatusCode);
    }

    [Fact]
    public async Task A_cancelled_job_resumes_without_generating_finished_learners_again()
    {
        var generator = new TestPackGenerator { HoldAt = "R005" };
        await using var host = await CohortTestHost.StartAsync(generator, Settings(("Jobs:Workers", "1")));
        var created = await CreateAsync(host.Client, Roster(10));
        await generator.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await host.Client.PostAsync($"/api/cohorts/jobs/{created.Id}/cancel", null);
        generator.Release.SetResult();
        var cancelled = await WaitForAsync(host.Client, created.Id, j => j.IsFinished);
        Assert.Equal(JobState.Cancelled, cancelled.State);
        var before = generator.Calls.Count;

        var resume = await host.Client.PostAsync($"/api/cohorts/jobs/{created.Id}/resume", null);
        Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        var done = await WaitForAsync(host.Client, created.Id, j => j.IsFinished);

        Assert.Equal(JobState.Succeeded, done.State);
        Assert.True(done.Resumed >= 4, $"resumed {done.Resumed}");
        Assert.Equal(10, generator.Calls.Count - before + done.Resumed);
        Assert.Equal(HttpStatusCode.Conflict, (await host.Client.PostAsync($"/api/cohorts/jobs/{created.Id}/resume", null)).StatusCode);
    }

    [Fact]
    public async Task A_job_interrupted_by_a_stop_resumes_from_its_checkpoints_when_the_service_starts_again()
    {
        var first = new TestPackGenerator { HoldAt = "R008" };
        string id;
        await using (var host = await CohortTestHost.StartAsync(first, Settings(("Jobs:Workers", "1"))))
        {
            id = (await CreateAsync(host.Client, Roster(12))).Id;
            await first.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await WaitForAsync(host.Client, id, j => j.Done >= 5);
            // The service stops part way (a deployment, a crash): the job is left running in storage.
            var stopping = host.DisposeAsync();
            first.Release.SetResult();
            await stopping;
        }

        var second = new TestPackGenerator();
        await using var restarted = await CohortTestHost.StartAsync(second, Settings());
        var done = await WaitForAsync(restarted.Client, id, j => j.IsFinished);

        Assert.Equal(JobState.Succeeded, done.State);
        Assert.True(done.Resumed >= 5, $"resumed {done.Resumed}");
        Assert.Equal(12 - done.Resumed, second.Calls.Count);
        Assert.Equal(24, (await DownloadEntriesAsync(restarted.Client, id)).Count);
    }

    [Fact]
    public async Task Jobs_and_outputs_expire_and_the_sweeper_removes_them()
    {
        var clock = new ManualClock(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero));
        await using var host = await CohortTestHost.StartAsync(new TestPackGenerator(), Settings(("Storage:Retention", "01:00:00")), clock);
        var created = await CreateAsync(host.Client, Roster(2));
        await WaitForAsync(host.Client, created.Id, j => j.IsFinished);
        Assert.Equal(clock.Now.AddHours(1), created.ExpiresOn);

        var storage = host.Services.GetRequiredService<IBlobStorage>();
        var blobs = new List<BlobItem>();
        await foreach (var blob in storage.GetBlobsAsync($"jobs/{created.Id}/")) blobs.Add(blob);
        Assert.Contains(blobs, b => b.Name.EndsWith("output.zip"));
        Assert.All(blobs, b => Assert.Equal(created.ExpiresOn, b.ExpiresOn));

        clock.Now = clock.Now.AddHours(1).AddSeconds(1);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync($"/api/cohorts/jobs/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync($"/api/cohorts/jobs/{created.Id}/download")).StatusCode);
        Assert.Equal(blobs.Count, await ExpiredBlobSweeper.SweepAsync(storage, clock.Now));
        await foreach (var _ in storage.GetBlobsAsync($"jobs/{created.Id}/")) Assert.Fail("a blob survived its expiry");
    }

    [Fact]
    public async Task Learner_names_never_reach_the_logs_or_the_job_record()
    {
        var logs = new ListLoggerProvider();
        var generator = new TestPackGenerator { HoldAt = "R002" };
        await using var host = await CohortTestHost.StartAsync(generator, Settings(), logs: logs);
        var created = await CreateAsync(host.Client, Roster(3, "Zebedee Quux,R777,North Centre,C1,NOPE,,,,"));
        await generator.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await host.Client.PostAsync($"/api/cohorts/jobs/{created.Id}/cancel", null);
        generator.Release.SetResult();
        await WaitForAsync(host.Client, created.Id, j => j.IsFinished);
        var record = await host.Client.GetStringAsync($"/api/cohorts/jobs/{created.Id}");

        Assert.Contains(logs.Messages, m => m.Contains(created.Id));
        Assert.DoesNotContain(logs.Messages, m => m.Contains("Learner") || m.Contains("Zebedee"));
        Assert.DoesNotContain("Learner", record);
        Assert.DoesNotContain("Zebedee", record);
    }

}
