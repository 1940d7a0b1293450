namespace CoachingDocs.Core.Catalogue;

/// <summary>A qualification (Award, Certificate, Diploma) and its rule of combination.</summary>
public sealed record Qualification(
    string Id,
    string Title,
    int Level,
    string Suite,
    string? Number,
    IReadOnlyList<string> MandatoryUnits,
    IReadOnlyList<string> OptionalUnits,
    int? MinimumCredits,
    int? Credits,
    int? Glh,
    int? Tqt,
    string? Source);
