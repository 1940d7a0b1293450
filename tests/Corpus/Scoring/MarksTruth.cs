namespace CoachingDocs.Corpus;

/// <summary>A legacy mark sheet's truth: the marks awarded added up, and the total the sheet states (if any).</summary>
public sealed record MarksTruth(int Awarded, int? StatedTotal);
