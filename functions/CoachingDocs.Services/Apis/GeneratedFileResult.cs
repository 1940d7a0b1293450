using CoachingDocs.Core.Generation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// Runs a generator call into memory and returns the finished file: nothing reaches the response or any disk until the
/// whole document is made, so a failure part way leaves nothing half-written.
/// </summary>
public static class GeneratedFileResult
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string ZipContentType = "application/zip";

    public static FileContentHttpResult Make(Func<Stream, GeneratedFile> generate)
    {
        using var buffer = new MemoryStream();
        var file = generate(buffer);
        return TypedResults.File(buffer.ToArray(), file.ContentType, file.FileName);
    }
}
