using CoachingDocs.Api.Hosting;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Security;
using CoachingDocs.Core.Cohorts;
using CoachingDocs.Core.Roster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// Cohort jobs: upload a roster, follow its progress, cancel it, download the packs; batch checks; the admin page.
/// The queue-triggered slices of a job run in the Functions app (CohortWorkFunction) or the local worker pool.
/// </summary>
public static class CohortApi
{
    public static IEndpointRouteBuilder MapCohortApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/cohorts").WithTags("Cohorts");

        api.MapPost("/jobs", CreateJob)
            .WithName("CreateCohortJob")
            .WithSummary("Start generating every learner's pack from a roster")
            .WithDescription("multipart/form-data with a 'roster' file (.csv or .xlsx; columns in docs/cohorts.md). Bad rows are listed in rosterProblems and the good rows go ahead; rosterWarnings says what was assumed about the file (a CSV read as Windows-1252). Answers 202 with the job; follow its Location.")
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data");
        api.MapGet("/jobs/{id}", GetJob)
            .WithName("GetCohortJob")
            .WithSummary("A cohort job's state and percent done")
            .WithDescription("state (Queued, Running, Succeeded, Failed, Cancelled), percent, done of total learners, resumed, the roster's bad rows and learners the generator refused, and when the job expires.");
        api.MapPost("/jobs/{id}/cancel", CancelJob)
            .WithName("CancelCohortJob")
            .WithSummary("Stop a cohort job; learners already finished stay checkpointed")
            .WithDescription("Answers the job; a queued job is cancelled at once, a running one as soon as its current learners finish. Resume it with /resume.");
        api.MapPost("/jobs/{id}/resume", ResumeJob)
            .WithName("ResumeCohortJob")
            .WithSummary("Start a cancelled or failed cohort job again; finished learners are taken from their checkpoints")
            .WithDescription("202 with the job queued again; 409 when the job is not cancelled or failed.");
        api.MapGet("/jobs/{id}/download", DownloadJob)
            .WithName("DownloadCohortJob")
            .WithSummary("The finished cohort zip: a folder per learner holding their pack")
            .WithDescription("application/zip; 409 while the job is queued or running, 404 when it does not exist or has expired.")
            .ProducesFile(GeneratedFileResult.ZipContentType);

        api.MapPost("/checks", CheckSubmissions)
            .WithName("CheckCohortSubmissions")
            .WithSummary("Check a cohort's submissions and make the cohort tracker")
            .WithDescription("multipart/form-data: either one zip in 'submissions' with a folder per learner, or many files in 'files' each named 'learner folder/file.docx'; optional 'unit'. Answers with each learner's figures, AC coverage and findings, and links to the results zip (each learner's report and result sheet) and the tracker workbook.")
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data");
        api.MapGet("/checks/{id}", GetCheck)
            .WithName("GetCohortCheck")
            .WithSummary("A cohort check's results")
            .WithDescription("The same summary the check answered with, until it expires.");
        api.MapGet("/checks/{id}/download", DownloadCheck)
            .WithName("DownloadCohortCheck")
            .WithSummary("The results zip: a folder per learner with their report and auto-checked result sheet, and the tracker")
            .WithDescription("application/zip: per learner the report (JSON), the auto-checked result sheet and the evidence matrix; cohort-tracker.xlsx at the top.")
            .ProducesFile(GeneratedFileResult.ZipContentType);
        api.MapGet("/checks/{id}/tracker", DownloadTracker)
            .WithName("DownloadCohortTracker")
            .WithSummary("The cohort tracker workbook")
            .WithDescription("A row per learner with red/amber/green status, frozen header and filters; a learners x ACs heat map sheet per unit.")
            .ProducesFile(GeneratedFileResult.ExcelContentType);

        // The admin page: static files, open without a key (it holds no data; the API calls it makes need the key).
        app.MapGet("/admin/{**file}", ServeAdminPage).ExcludeFromDescription().AllowWithoutApiKey().WithName("AdminPage");
        return app;
    }

    public static async Task<Results<Accepted<CohortJob>, ProblemHttpResult>> CreateJob(
        HttpRequest request, CohortJobService jobs, JobSettings settings, CancellationToken cancellationToken)
    {
        if (request.ContentLength > settings.MaxRosterBytes)
            return RosterTooLarge(settings);
        if (!request.HasFormContentType)
            return BadRequest("Send the roster as multipart/form-data in a field named 'roster'.");
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("roster") is not { Length: > 0 } file)
            return BadRequest("The form has no 'roster' file, or it is empty.");
        if (file.Length > settings.MaxRosterBytes)
            return RosterTooLarge(settings);

        CreateJobResult result;
        try
        {
            await using var stream = file.OpenReadStream();
            result = await jobs.CreateAsync(stream, file.FileName, RequestOwner.Of(request), cancellationToken);
        }
        catch (RosterFormatException ex)
        {
            return BadRequest($"The roster cannot be read: {ex.Message}.");
        }
        if (result.Job is null)
            return BadRequest("No row of the roster can be used; every row has a problem.", result.Problems, result.Warnings);
        if (!result.Accepted)
            return TypedResults.Problem("The service is busy; try again in a few minutes.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy");
        return TypedResults.Accepted($"/api/cohorts/jobs/{result.Job.Id}", result.Job);
    }

    // Checked twice: the declared length refuses a big upload before it is read, the file's own length when none was declared.
    private static ProblemHttpResult RosterTooLarge(JobSettings settings) =>
        TypedResults.Problem($"The roster is larger than {settings.MaxRosterBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Roster too large");

    public static async Task<Results<Ok<CohortJob>, ProblemHttpResult>> GetJob(string id, HttpRequest request, CohortJobService jobs, CancellationToken cancellationToken) =>
        await jobs.GetAsync(id, RequestOwner.Of(request), cancellationToken) is { } job ? TypedResults.Ok(job) : JobNotFound(id);

    public static async Task<Results<Ok<CohortJob>, ProblemHttpResult>> CancelJob(string id, HttpRequest request, CohortJobService jobs, CancellationToken cancellationToken) =>
        await jobs.CancelAsync(id, RequestOwner.Of(request), cancellationToken) is { } job ? TypedResults.Ok(job) : JobNotFound(id);

    public static async Task<Results<Accepted<CohortJob>, ProblemHttpResult>> ResumeJob(string id, HttpRequest request, CohortJobService jobs, CancellationToken cancellationToken)
    {
        if (await jobs.ResumeAsync(id, RequestOwner.Of(request), cancellationToken) is not { } job) return JobNotFound(id);
        if (job.State is not JobState.Queued)
            return TypedResults.Problem(new ProblemDetails
            {
                Title = "Cannot resume", Status = StatusCodes.Status409Conflict,
                Detail = $"Only a cancelled or failed job can be resumed; this one is {job.State.ToString().ToLowerInvariant()}.",
            });
        return TypedResults.Accepted($"/api/cohorts/jobs/{job.Id}", job);
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadJob(
        string id, CohortJobService jobs, HttpRequest request, CancellationToken cancellationToken)
    {
        var response = request.HttpContext.Response;
        var owner = RequestOwner.Of(request);
        if (await jobs.OpenOutputAsync(id, owner, cancellationToken) is { } found)
        {
            response.RegisterForDisposeAsync(found.Output);
            return TypedResults.File(found.Output.Content, "application/zip", found.Job.OutputFileName);
        }
        if (await jobs.GetAsync(id, owner, cancellationToken) is { } job)
            return TypedResults.Problem(new ProblemDetails
            {
                Title = "Not ready",
                Status = StatusCodes.Status409Conflict,
                Detail = job.State is Jobs.JobState.Queued or Jobs.JobState.Running
                    ? $"The job is {job.State.ToString().ToLowerInvariant()} ({job.Percent}% done); download it when it has succeeded."
                    : $"The job {job.State.ToString().ToLowerInvariant()}; there is nothing to download.",
            });
        return JobNotFound(id);
    }

    public static async Task<Results<Ok<CohortCheckSummary>, ProblemHttpResult>> CheckSubmissions(
        HttpRequest request, CohortCheckService checks, JobSettings settings, CancellationToken cancellationToken)
    {
        if (request.ContentLength > settings.MaxSubmissionBytes)
            return TypedResults.Problem($"The submissions are larger than {settings.MaxSubmissionBytes / 1024 / 1024} MB; send them in smaller batches.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Submissions too large");
        if (!request.HasFormContentType)
            return BadRequest("Send the submissions as multipart/form-data: a zip in 'submissions', or files in 'files'.");
        // Raise the form limits to the configured size for this endpoint only (the defaults stop at 128 MB).
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = settings.MaxSubmissionBytes;
        request.HttpContext.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(new Microsoft.AspNetCore.Http.Features.FormFeature(request,
            new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = settings.MaxSubmissionBytes, ValueCountLimit = 20_000 }));
        var form = await request.ReadFormAsync(cancellationToken);
        var unit = form["unit"].ToString() is { Length: > 0 } u ? u : null;

        SubmissionBatch batch;
        try
        {
            if (form.Files.GetFile("submissions") is { Length: > 0 } zip)
                batch = CohortSubmissionReader.ReadZip(zip.OpenReadStream());
            else if (form.Files.GetFiles("files") is { Count: > 0 } files)
                batch = CohortSubmissionReader.Group(files.Select(f => new CohortSubmissionReader.Entry(f.FileName, f.Length, f.OpenReadStream)).ToList());
            else
                return BadRequest("The form has no 'submissions' zip and no 'files'.");
        }
        catch (SubmissionFormatException ex)
        {
            return BadRequest($"The submissions cannot be used: {ex.Message}.");
        }
        using (batch)
        {
            try
            {
                return TypedResults.Ok(await checks.CheckAsync(batch, unit, RequestOwner.Of(request), cancellationToken));
            }
            catch (SubmissionFormatException ex)
            {
                return BadRequest($"The submissions cannot be used: {ex.Message}.");
            }
        }
    }

    public static async Task<Results<Ok<CohortCheckSummary>, ProblemHttpResult>> GetCheck(string id, HttpRequest request, CohortCheckService checks, CancellationToken cancellationToken) =>
        await checks.GetAsync(id, RequestOwner.Of(request), cancellationToken) is { } summary ? TypedResults.Ok(summary) : CheckNotFound();

    public static Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadCheck(string id, CohortCheckService checks, HttpRequest request, CancellationToken cancellationToken) =>
        Download(id, trackerOnly: false, checks, request, cancellationToken);

    public static Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadTracker(string id, CohortCheckService checks, HttpRequest request, CancellationToken cancellationToken) =>
        Download(id, trackerOnly: true, checks, request, cancellationToken);

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(string id, bool trackerOnly, CohortCheckService checks, HttpRequest request, CancellationToken cancellationToken)
    {
        if (await checks.OpenAsync(id, trackerOnly, RequestOwner.Of(request), cancellationToken) is not { } download) return CheckNotFound();
        request.HttpContext.Response.RegisterForDisposeAsync(download);
        return TypedResults.File(download.Content, download.Properties.ContentType, trackerOnly ? "cohort-tracker.xlsx" : "cohort-check-results.zip");
    }

    private static ProblemHttpResult CheckNotFound() => TypedResults.Problem(new ProblemDetails
    {
        Title = "No such check", Status = StatusCodes.Status404NotFound, Detail = "There is no cohort check with this id, or it has expired.",
    });

    /// <summary>The page's own flat files only: no sub-folders, no climbing out.</summary>
    public static Results<PhysicalFileHttpResult, NotFound> ServeAdminPage(string? file, WebFolders folders) =>
        FolderFiles.Serve(folders.Admin, string.IsNullOrEmpty(file) ? "index.html" : file, allowSubfolders: false);

    private static ProblemHttpResult JobNotFound(string id) => TypedResults.Problem(new ProblemDetails
    {
        Title = "No such job",
        Status = StatusCodes.Status404NotFound,
        Detail = JobBlobNames.IsJobId(id) ? "There is no cohort job with this id, or it has expired." : "A job id is 32 hexadecimal digits.",
    });

    private static ProblemHttpResult BadRequest(string detail, IReadOnlyList<RosterProblem>? problems = null, IReadOnlyList<string>? warnings = null)
    {
        var problem = new ProblemDetails { Title = "Bad request", Status = StatusCodes.Status400BadRequest, Detail = detail };
        if (problems is not null)
            problem.Extensions["rosterProblems"] = problems;
        if (warnings is { Count: > 0 })
            problem.Extensions["rosterWarnings"] = warnings;
        return TypedResults.Problem(problem);
    }
}
