using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachingDocs.Corpus;

/// <summary>A case's truth.json, written by tests/Corpus/make from the case's own data (never from our reader).</summary>
public sealed record CaseTruth
{
    public required string Unit { get; init; }
    public required string Producer { get; init; }
    public required IReadOnlyList<int> Classes { get; init; }
    public required IReadOnlyList<string> Files { get; init; }
    public required int TotalMinutes { get; init; }
    public required IReadOnlyDictionary<string, int> ByClientMinutes { get; init; }
    public required int Clients { get; init; }
    public required int Sessions { get; init; }
    public required int SupervisionSessions { get; init; }
    public required int SupervisionMinutes { get; init; }
    public decimal? PlanMonths { get; init; }
    public MarksTruth? Marks { get; init; }
    public required IReadOnlyDictionary<string, string> Rules { get; init; }
    public required IReadOnlyList<string> Findings { get; init; }

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static CaseTruth Load(string path) =>
        JsonSerializer.Deserialize<CaseTruth>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty truth file");
}
