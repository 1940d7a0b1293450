using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachingDocs.Core.Reports;

/// <summary>The report's one JSON form: camelCase, ISO 8601 dates, nulls written (a missing figure is information).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(CheckReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

public static class ReportJson
{
    public static string Serialize(CheckReport report) => JsonSerializer.Serialize(report, ReportJsonContext.Default.CheckReport);

    public static void Serialize(CheckReport report, Stream output) => JsonSerializer.Serialize(output, report, ReportJsonContext.Default.CheckReport);

    public static CheckReport Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ReportJsonContext.Default.CheckReport) ?? throw new JsonException("empty report");
}
