using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CoachingDocs.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoachingDocs.Api.Apis;

/// <summary>
/// Reads a JSON request body itself rather than through parameter binding, so that every malformed or mistyped value is
/// reported at once, each against its field (binding would give a bare 400 and stop at the first), an unknown property
/// is refused (a typo must not silently drop a value), and the size limit is enforced even for chunked bodies.
/// </summary>
public static class JsonBodyReader
{
    /// <summary>Large enough that a 2 MB name reaches field validation and is named in the answer; larger bodies get 413.</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>
    /// Either the body (made of the values that could be read) with the problems of those that could not, or the
    /// problem to answer with at once (the body is not JSON at all, or 413/415).
    /// </summary>
    public sealed record Outcome<T>(T? Body, IReadOnlyList<InputProblem> Problems, ValidationProblem? Invalid, ProblemHttpResult? Refused);

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
        return BindEachProperty<T>(buffer);
    }

    // Each property is bound on its own, so one bad value (a date written 31/02/2025) is reported beside the others
    // instead of hiding them; the body is then made of the values that bound, for the field rules to check.
    private static Outcome<T> BindEachProperty<T>(byte[] buffer) where T : class
    {
        using var document = JsonDocument.Parse(buffer, new JsonDocumentOptions { AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            return Fail<T>(Invalid("body", "must be a JSON object of the request's fields"));

        var properties = Options.GetTypeInfo(typeof(T)).Properties;
        var problems = new List<InputProblem>();
        var bound = new JsonObject();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var target = properties.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (target is null)
            {
                problems.Add(new InputProblem(EchoableName(property.Name), "is not a field of this request; check the spelling against /openapi/v1.json"));
                continue;
            }
            try
            {
                property.Value.Deserialize(target.PropertyType, Options);
                bound[target.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
            catch (JsonException ex)
            {
                // "$[2]" within clientRefs -> "clientRefs[2]".
                var within = ex.Path is { Length: > 1 } path ? path.TrimStart('$') : "";
                problems.Add(new InputProblem(target.Name + within, Expected(target.PropertyType, within.Length > 0)));
            }
        }
        return new Outcome<T>(bound.Deserialize<T>(Options), problems, null, null);
    }

    /// <summary>What a value of the property's type looks like, in the words of docs/api.md.</summary>
    private static string Expected(Type type, bool element)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (inner == typeof(DateOnly)) return "must be a date written yyyy-MM-dd, e.g. \"2025-09-01\"";
        if (inner == typeof(int)) return "must be a whole number, e.g. 12";
        if (inner == typeof(string)) return "must be text in quotes";
        if (typeof(System.Collections.IEnumerable).IsAssignableFrom(inner))
            return element ? "must be text in quotes" : "must be a list of text values, e.g. [\"Client A\", \"Client B\"]";
        return "has the wrong type or format";
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

    // The name is echoed back, so only a plausible property name is; anything else is reported against the body.
    private static string EchoableName(string name) => name.Length is > 0 and <= 64 && name.All(char.IsAsciiLetterOrDigit) ? name : "body";

    private static Outcome<T> Fail<T>(ValidationProblem problem) where T : class => new(null, [], problem, null);

    private static Outcome<T> Fail<T>(ProblemHttpResult problem) where T : class => new(null, [], null, problem);

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large", detail: $"Send at most {MaxBodyBytes / (1024 * 1024)} MB; learner details are far smaller.");

    private static ValidationProblem Invalid(string field, string message) =>
        Problems.InputProblems.ToValidationProblem([new InputProblem(field, message)]);
}
