using System.Text.Json;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Core.Roster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// Cohort jobs: upload a roster, follow its progress, cancel it, download the packs. Also the queue-triggered
/// CohortWork function that the Azure Functions host invokes with the custom-handler payload.
/// </summary>
public static class CohortApi
{
    public const string QueueFunctionName = "CohortWork";

    /// <summary>The binding name of the queue trigger in CohortWork's function.json.</summary>
    public const string QueueBindingName = "queueItem";

    public static IEndpointRouteBuilder MapCohortApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/cohorts").WithTags("Cohorts");

        api.MapPost("/jobs", CreateJob)
            .WithName("CreateCohortJob")
            .WithSummary("Start generating every learner's pack from a roster")
            .WithDescription("multipart/form-data with a 'roster' file (.csv or .xlsx; columns in docs/cohorts.md). Bad rows are listed in rosterProblems and the good rows go ahead. Answers 202 with the job; follow its Location.")
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data");
        api.MapGet("/jobs/{id}", GetJob)
            .WithName("GetCohortJob")
            .WithSummary("A cohort job's state and percent done");
        api.MapPost("/jobs/{id}/cancel", CancelJob)
            .WithName("CancelCohortJob")
            .WithSummary("Stop a cohort job; learners already finished stay checkpointed");
        api.MapGet("/jobs/{id}/download", DownloadJob)
            .WithName("DownloadCohortJob")
            .WithSummary("The finished cohort zip: a folder per learner holding their pack");

        // Called by the Functions host only (queue trigger), never by users: kept out of the OpenAPI document.
        app.MapPost("/" + QueueFunctionName, RunQueueFunction).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Accepted<CohortJob>, ProblemHttpResult>> CreateJob(
        HttpRequest request, CohortJobService jobs, JobSettings settings, CancellationToken cancellationToken)
    {
        if (request.ContentLength > settings.MaxRosterBytes)
            return TypedResults.Problem($"The roster is larger than {settings.MaxRosterBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Roster too large");
        if (!request.HasFormContentType)
            return BadRequest("Send the roster as multipart/form-data in a field named 'roster'.");
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("roster") is not { Length: > 0 } file)
            return BadRequest("The form has no 'roster' file, or it is empty.");
        if (file.Length > settings.MaxRosterBytes)
            return TypedResults.Problem($"The roster is larger than {settings.MaxRosterBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Roster too large");

        CreateJobResult result;
        try
        {
            await using var stream = file.OpenReadStream();
            result = await jobs.CreateAsync(stream, file.FileName, cancellationToken);
        }
        catch (RosterFormatException ex)
        {
            return BadRequest($"The roster cannot be read: {ex.Message}.");
        }
        if (result.Job is null)
            return BadRequest("No row of the roster can be used; every row has a problem.", result.Problems);
        if (!result.Accepted)
            return TypedResults.Problem("The service is busy; try again in a few minutes.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy");
        return TypedResults.Accepted($"/api/cohorts/jobs/{result.Job.Id}", result.Job);
    }

    public static async Task<Results<Ok<CohortJob>, ProblemHttpResult>> GetJob(string id, CohortJobService jobs, CancellationToken cancellationToken) =>
        await jobs.GetAsync(id, cancellationToken) is { } job ? TypedResults.Ok(job) : JobNotFound(id);

    public static async Task<Results<Ok<CohortJob>, ProblemHttpResult>> CancelJob(string id, CohortJobService jobs, CancellationToken cancellationToken) =>
        await jobs.CancelAsync(id, cancellationToken) is { } job ? TypedResults.Ok(job) : JobNotFound(id);

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadJob(
        string id, CohortJobService jobs, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await jobs.OpenOutputAsync(id, cancellationToken) is { } found)
        {
            response.RegisterForDisposeAsync(found.Output);
            return TypedResults.File(found.Output.Content, "application/zip", found.Job.OutputFileName);
        }
        if (await jobs.GetAsync(id, cancellationToken) is { } job)
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

    /// <summary>
    /// The queue-triggered function: the host sends {Data: {queueItem: "&lt;message&gt;"}, Metadata: {...}}. A failure
    /// answers 500, so the host retries the message and, after maxDequeueCount tries, moves it to the poison queue.
    /// </summary>
    public static async Task<Results<Ok<FunctionInvocationResponse>, ProblemHttpResult>> RunQueueFunction(
        FunctionInvocationRequest invocation, CohortJobRunner runner, CancellationToken cancellationToken)
    {
        if (invocation.Data is null || !invocation.Data.TryGetValue(QueueBindingName, out var item))
            return BadRequest($"The invocation has no Data.{QueueBindingName}.");
        CohortWorkMessage? message;
        try
        {
            // The host passes the message text as a JSON string; accept an object too.
            message = item.ValueKind == JsonValueKind.String
                ? JsonSerializer.Deserialize<CohortWorkMessage>(item.GetString()!, JobJson.Options)
                : item.Deserialize<CohortWorkMessage>(JobJson.Options);
        }
        catch (JsonException)
        {
            message = null;
        }
        if (message is null || !JobBlobNames.IsJobId(message.JobId ?? "") || message.First < 0 || message.Count < 1)
            return BadRequest("The queue message is not a cohort work message.");

        await runner.RunSliceAsync(message, cancellationToken);
        var dequeueCount = invocation.Metadata?.GetValueOrDefault("DequeueCount").ToString();
        return TypedResults.Ok(new FunctionInvocationResponse([], [$"cohort job {message.JobId}: learners {message.First}..{message.First + message.Count - 1} done (dequeue count {dequeueCount})"], null));
    }

    private static ProblemHttpResult JobNotFound(string id) => TypedResults.Problem(new ProblemDetails
    {
        Title = "No such job",
        Status = StatusCodes.Status404NotFound,
        Detail = JobBlobNames.IsJobId(id) ? "There is no cohort job with this id, or it has expired." : "A job id is 32 hexadecimal digits.",
    });

    private static ProblemHttpResult BadRequest(string detail, IReadOnlyList<RosterProblem>? problems = null)
    {
        var problem = new ProblemDetails { Title = "Bad request", Status = StatusCodes.Status400BadRequest, Detail = detail };
        if (problems is not null)
            problem.Extensions["rosterProblems"] = problems;
        return TypedResults.Problem(problem);
    }
}
