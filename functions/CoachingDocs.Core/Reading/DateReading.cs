namespace CoachingDocs.Core.Reading;

/// <summary>A date read from text; <see cref="Interpretation"/> says what was assumed (US order, a two-digit year ...).</summary>
public sealed record DateReading(DateOnly Date, string? Interpretation);
