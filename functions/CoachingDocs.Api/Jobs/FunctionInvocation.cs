using System.Text.Json;

namespace CoachingDocs.Api.Jobs;

/// <summary>
/// The payload the Azure Functions host POSTs to a custom handler at /{functionName} for a non-HTTP trigger: trigger
/// and input data by binding name, and the trigger's metadata (for a queue: Id, DequeueCount, InsertionTime, ...).
/// </summary>
public sealed record FunctionInvocationRequest(Dictionary<string, JsonElement>? Data, Dictionary<string, JsonElement>? Metadata);

/// <summary>What a custom handler answers: output binding values, log lines for the host, and the return value.</summary>
public sealed record FunctionInvocationResponse(Dictionary<string, object?> Outputs, IReadOnlyList<string> Logs, object? ReturnValue);
