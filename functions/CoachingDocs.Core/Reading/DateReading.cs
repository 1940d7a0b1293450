namespace CoachingDocs.Core.Reading;

/// <summary>
/// A date read from text; <see cref="Interpretation"/> says what was assumed (US order, a two-digit year ...) or why the
/// date is doubtful (before 2000, in the future), and <see cref="Code"/> is the warning's code.
/// </summary>
public sealed record DateReading(DateOnly Date, string? Interpretation)
{
    /// <summary><see cref="WarningCodes.DateInterpreted"/>, or <see cref="WarningCodes.DateImplausible"/> when the date itself is doubtful.</summary>
    public string Code { get; init; } = WarningCodes.DateInterpreted;
}
