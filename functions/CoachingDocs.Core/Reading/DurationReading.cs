namespace CoachingDocs.Core.Reading;

/// <summary>
/// A duration read from text, in whole minutes. <see cref="Interpretation"/> is set whenever the reader had to assume
/// something (a bare number read as hours, a fraction rounded to the minute) or the value is implausible (a session
/// over 8 hours), so the caller can turn it into a warning; <see cref="Code"/> is that warning's code.
/// </summary>
public sealed record DurationReading(int Minutes, string? Interpretation)
{
    /// <summary><see cref="WarningCodes.DurationInterpreted"/>, or <see cref="WarningCodes.DurationImplausible"/> when the figure itself is doubtful.</summary>
    public string Code { get; init; } = WarningCodes.DurationInterpreted;
}
