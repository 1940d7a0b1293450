namespace CoachingDocs.Core.Checking;

/// <summary>A finding of the check: a stable code (docs/findings.md), a plain message and where, if anywhere.</summary>
public sealed record Finding(string Code, string Message, string? Location = null);
