using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reading;
using CoachingDocs.Core.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// <c>POST /api/check</c>: one learner's files (multipart), checked together as one portfolio. JSON report by default
/// (the same bytes <c>coachdocs check</c> writes); <c>?format=docx</c> the auto-checked result sheet,
/// <c>matrix</c> the evidence matrix, <c>xlsx</c> the Excel summary. Nothing sent is stored.
/// </summary>
public static class CheckApi
{
    /// <summary>Room for several files at the per-file limit; each file is then held to <see cref="UploadLimits.MaxUploadBytes"/>.</summary>
    public const long MaxRequestBytes = 256L * 1024 * 1024;

    public static RouteGroupBuilder MapCheckApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Check");

        api.MapPost("/check", Check)
            .WithName("CheckPortfolio")
            .WithSummary("Check a learner's completed documents")
            .WithDescription("Send one or more completed files of one learner (coaching diary, reflective log, feedback forms, " +
                "supervision records, plan, Excel hours log) as multipart/form-data. Hours are totalled from the sessions read, every " +
                "unit rule is evaluated and every AC's evidence located. `unit` names the unit (else the files' own identity). " +
                "`format`: json (default, docs/report-schema.md), docx (auto-checked result sheet), matrix (evidence matrix), xlsx " +
                "(summary workbook). Files that cannot be read answer 400 (413 when too large) with a REJECT_* code; nothing is stored.")
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<CheckReport>(StatusCodes.Status200OK, "application/json")
            .ProducesFile(ResultSheetBuilder.ContentType, SummaryWorkbookBuilder.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxRequestBytes });

        return api;
    }

    public static async Task<Results<FileContentHttpResult, ContentHttpResult, ProblemHttpResult>> Check(
        HttpRequest request, [AsParameters] CheckServices services, CancellationToken cancellationToken, string? unit = null, string? format = null)
    {
        format = string.IsNullOrWhiteSpace(format) ? ReportFormats.Json : format.Trim().ToLowerInvariant();
        if (!ReportFormats.IsKnown(format))
            return Problem(StatusCodes.Status400BadRequest, "REJECT_FORMAT", $"format '{format}' is not one of {string.Join(", ", ReportFormats.All)}.");
        if (!request.HasFormContentType)
            return Problem(StatusCodes.Status415UnsupportedMediaType, "REJECT_NOT_MULTIPART", "send the files as multipart/form-data (one form field per file).");

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Over the request limit is "too large" (413), which a client can act on, not "malformed" (400).
            return Problem(StatusCodes.Status413PayloadTooLarge, RejectCodes.TooLarge, "the request body is larger than the service accepts; send fewer or smaller files.");
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, RejectCodes.TooLarge, $"the multipart body is over a size limit: {ex.Message}");
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Problem(StatusCodes.Status400BadRequest, RejectCodes.Malformed, $"the multipart body could not be read: {ex.Message}");
        }

        var uploads = new List<UploadedFile>();
        try
        {
            foreach (var file in form.Files) uploads.Add(new UploadedFile(file.FileName, file.OpenReadStream()));
            var report = await CheckBudget.RunAsync(request.HttpContext, cancellation => CheckRunner.Run(services.Catalogue, uploads, unit, services.GetLimits(), services.Clock, cancellation));
            var checkedUnit = services.Catalogue.FindUnit(report.Unit.Id)!;
            using var buffer = new MemoryStream();
            // The Word views carry the learner's name, registration and centre as their own files give them; the JSON
            // report holds none, so these personal details go into this one answer only.
            var known = format is ReportFormats.Docx or ReportFormats.Matrix ? LearnerDetailsReader.Read(uploads, services.GetLimits()) : null;
            var written = ReportWriter.Write(report, checkedUnit, format, buffer, services.Generator, known);
            if (format == ReportFormats.Json)
                return TypedResults.Content(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), "application/json");
            return TypedResults.File(buffer.ToArray(), written.ContentType, written.FileName);
        }
        catch (UploadRejectedException ex)
        {
            var status = ex.Code == RejectCodes.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            return Problem(status, ex.Code, ex.Message, ex.FileName);
        }
        catch (OperationCanceledException) when (request.HttpContext.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "REJECT_STOPPING", "the service is stopping; send the files again in a moment.");
        }
        catch (CheckBudget.ExceededException ex)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, CheckBudget.Code, $"{ex.Message}; send fewer or smaller files, or check them one at a time.");
        }
        finally
        {
            foreach (var upload in uploads) await upload.Content.DisposeAsync();
        }
    }

    private static ProblemHttpResult Problem(int status, string code, string detail, string? file = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (file is not null) extensions["file"] = file;
        return TypedResults.Problem(detail, statusCode: status, title: "The files could not be checked", extensions: extensions);
    }
}
