using CoachingDocs.Api.Apis;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CoachingDocs.Api.Extensions;

/// <summary>
/// Gives every route marked with <see cref="FileResponses.ProducesFile"/> its file media types in the OpenAPI document,
/// each with a binary schema. Registered with <c>AddOpenApi(o => o.AddOperationTransformer(FileResponseTransformer.Transform))</c>.
/// </summary>
public static class FileResponseTransformer
{
    public static Task Transform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var files in context.Description.ActionDescriptor.EndpointMetadata.OfType<FileResponses.Metadata>())
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
