using System.Text.Json;
using System.Text.Json.Serialization;
using CoachingDocs.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// Reads a JSON request body itself rather than through parameter binding, so that a malformed or mistyped body gets a
/// problem naming the field (binding would give a bare 400), an unknown property is refused (a typo must not silently
/// drop a value), and the size limit is enforced even for chunked bodies.
/// </summary>
public static class JsonBodyReader
{
    /// <summary>Large enough that a 2 MB name reaches field validation and is named in the answer; larger bodies get 413.</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
    };

    /// <summary>Either the body, or the problem to answer with (a validation problem naming the field, or 413/415).</summary>
    public sealed record Outcome<T>(T? Body, ValidationProblem? Invalid, ProblemHttpResult? Refused);

    public static async Task<Outcome<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType())
            return Fail<T>(TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The request body must be JSON", detail: "Send Content-Type: application/json."));
        if (request.ContentLength > MaxBodyBytes)
            return Fail<T>(TooLarge());

        byte[] buffer;
        try
        {
            buffer = await ReadAtMostAsync(request.Body, MaxBodyBytes, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Fail<T>(TooLarge());
        }
        if (buffer.Length > MaxBodyBytes) return Fail<T>(TooLarge());
        if (buffer.Length == 0) return Fail<T>(Invalid("body", "is empty; send the learner details as JSON"));

        if (SyntaxError(buffer) is { } syntax) return Fail<T>(Invalid("body", syntax));
        try
        {
            var body = JsonSerializer.Deserialize<T>(buffer, Options);
            return body is null ? Fail<T>(Invalid("body", "must be a JSON object")) : new Outcome<T>(body, null, null);
        }
        catch (JsonException ex)
        {
            return Fail<T>(Invalid(FieldOf(ex), Describe(ex)));
        }
    }

    // Checked apart from binding so that broken JSON is reported against the body, not the property it broke off in.
    private static string? SyntaxError(byte[] buffer)
    {
        try
        {
            var reader = new Utf8JsonReader(buffer, new JsonReaderOptions { AllowTrailingCommas = true });
            while (reader.Read()) { }
            return null;
        }
        catch (JsonException ex)
        {
            return $"is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})";
        }
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            copy.Write(chunk, 0, read);
            if (copy.Length > limit) break;
        }
        return copy.ToArray();
    }

    // "$.clientRefs[2]" -> "clientRefs[2]"; an unknown property is reported by its own name.
    private static string FieldOf(JsonException ex)
    {
        // The name is echoed back, so only a plausible property name is; anything else is reported against the body.
        var unknown = UnknownProperty(ex.Message);
        if (unknown is not null) return unknown.Length <= 64 && unknown.All(char.IsAsciiLetterOrDigit) ? unknown : "body";
        var path = ex.Path ?? "$";
        return path.Length <= 2 ? "body" : path.TrimStart('$', '.');
    }

    private static string Describe(JsonException ex) => UnknownProperty(ex.Message) is not null
        ? "is not a field of this request; check the spelling against /openapi/v1.json"
        : ex.Path is null or "$" ? "must be a JSON object of the request's fields" : "has the wrong type or format (text in quotes, whole numbers, dates as yyyy-MM-dd)";

    private static string? UnknownProperty(string message)
    {
        const string marker = "The JSON property '";
        var start = message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0) return null;
        start += marker.Length;
        var end = message.IndexOf('\'', start);
        return end > start ? message[start..end] : null;
    }

    private static Outcome<T> Fail<T>(ValidationProblem problem) where T : class => new(null, problem, null);

    private static Outcome<T> Fail<T>(ProblemHttpResult problem) where T : class => new(null, null, problem);

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large", detail: $"Send at most {MaxBodyBytes / (1024 * 1024)} MB; learner details are far smaller.");

    private static ValidationProblem Invalid(string field, string message) =>
        Problems.InputProblems.ToValidationProblem([new InputProblem(field, message)]);
}
