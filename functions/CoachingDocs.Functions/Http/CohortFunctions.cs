using CoachingDocs.Api.Apis;
using CoachingDocs.Api.Jobs;

namespace CoachingDocs.Functions.Http;

/// <summary>Cohort jobs and batch checks (<see cref="CohortApi"/>) as HTTP functions.</summary>
public sealed class CohortFunctions(CohortJobService jobs, CohortCheckService checks, JobSettings settings)
{
    [Function("CreateCohortJob")]
    public async Task<IResult> CreateCohortJob(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/cohorts/jobs")] HttpRequest request, CancellationToken cancellationToken) =>
        await CohortApi.CreateJob(request, jobs, settings, cancellationToken);

    [Function("GetCohortJob")]
    public async Task<IResult> GetCohortJob(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/cohorts/jobs/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await CohortApi.GetJob(id, request, jobs, cancellationToken);

    [Function("CancelCohortJob")]
    public async Task<IResult> CancelCohortJob(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/cohorts/jobs/{id}/cancel")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await CohortApi.CancelJob(id, request, jobs, cancellationToken);

    [Function("ResumeCohortJob")]
    public async Task<IResult> ResumeCohortJob(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/cohorts/jobs/{id}/resume")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await CohortApi.ResumeJob(id, request, jobs, cancellationToken);

    [Function("DownloadCohortJob")]
    public async Task<IResult> DownloadCohortJob(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/cohorts/jobs/{id}/download")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await CohortApi.DownloadJob(id, jobs, request, cancellationToken);

    [Function("CheckCohortSubmissions")]
    public async Task<IResult> CheckCohortSubmissions(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/cohorts/checks")] HttpRequest request, CancellationToken cancellationToken) =>
        await CohortApi.CheckSubmissions(request, checks, settings, cancellationToken);

    [Function("GetCohortCheck")]
    public async Task<IResult> GetCohortCheck(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/cohorts/checks/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await CohortApi.GetCheck(id, request, checks, cancellationToken);

    [Function("DownloadCohortCheck")]
    public async Task<IResult> DownloadCohortCheck(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/cohorts/checks/{id}/download")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await CohortApi.DownloadCheck(id, checks, request, cancellationToken);

    [Function("DownloadCohortTracker")]
    public async Task<IResult> DownloadCohortTracker(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/cohorts/checks/{id}/tracker")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        await CohortApi.DownloadTracker(id, checks, request, cancellationToken);
}
