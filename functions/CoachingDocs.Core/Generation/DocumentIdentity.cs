namespace CoachingDocs.Core.Generation;

/// <summary>What a document is, stored in its custom XML part (see docs/tag-convention.md) so a returned file says so itself.</summary>
public sealed record DocumentIdentity(string Kind, string? QualificationId, string UnitId, string? LearnerRef, string TemplateVersion);
