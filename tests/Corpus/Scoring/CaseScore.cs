namespace CoachingDocs.Corpus;

/// <summary>How one case fared: exact when no field is wrong.</summary>
public sealed record CaseScore(string Case, CaseTruth Truth, IReadOnlyList<FieldMismatch> Mismatches)
{
    public bool Exact => Mismatches.Count == 0;

    public IReadOnlyList<string> WrongFields => [.. Mismatches.Select(m => m.Field).Distinct()];
}
