namespace CoachingDocs.Api.Apis;

/// <summary>
/// Marks a file answer (docx, xlsx, zip) for the OpenAPI document. <c>Produces(200, contentType: ...)</c> without a body
/// type leaves the response's <c>content</c> empty, and a second <c>Produces</c> for the same status replaces the first;
/// the local server's OpenAPI transformer (Api/Extensions/FileResponseTransformer.cs) adds each media type marked here
/// with a binary schema, beside whatever else the status already answers (the check's JSON report).
/// </summary>
public static class FileResponses
{
    public sealed record Metadata(int StatusCode, IReadOnlyList<string> ContentTypes);

    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new Metadata(StatusCodes.Status200OK, contentTypes));
}
