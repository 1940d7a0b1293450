namespace CoachingDocs.Core.Reading;

/// <summary>
/// A duration read from text, in whole minutes. <see cref="Interpretation"/> is set whenever the reader had to assume
/// something (a bare number read as hours, a fraction rounded to the minute), so the caller can turn it into a warning.
/// </summary>
public sealed record DurationReading(int Minutes, string? Interpretation);
