namespace CoachingDocs.Core.Reading;

/// <summary>Something the reader could not read, or had to interpret, and where. Codes are listed in docs/findings.md.</summary>
public sealed record ReadWarning(string Code, string Message, ReadLocation Location);
