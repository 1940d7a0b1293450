using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// Describes a file answer (docx, xlsx, zip) for OpenAPI. <c>Produces(200, contentType: ...)</c> without a body type
/// leaves the response's <c>content</c> empty, and a second <c>Produces</c> for the same status replaces the first; this
/// adds each media type with a binary schema beside whatever else the status already answers (the check's JSON report).
/// </summary>
public static class FileResponses
{
    public sealed record Metadata(int StatusCode, IReadOnlyList<string> ContentTypes);

    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new Metadata(StatusCodes.Status200OK, contentTypes));

    /// <summary>Registered with <c>AddOpenApi(o => o.AddOperationTransformer(FileResponses.Transformer))</c>.</summary>
    public static Task Transformer(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var files in context.Description.ActionDescriptor.EndpointMetadata.OfType<Metadata>())
        {
            operation.Responses ??= [];
            var key = files.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(key, out var existing) || existing is not OpenApiResponse response)
                operation.Responses[key] = response = new OpenApiResponse { Description = "OK" };
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var type in files.ContentTypes)
                response.Content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }
        return Task.CompletedTask;
    }
}
