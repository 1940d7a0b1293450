namespace CoachingDocs.Core.Catalogue;

/// <summary>A headed part of a brief's instructions ("General guidance", "TASK" ...), its paragraphs as printed.</summary>
public sealed record BriefPart(string Heading, IReadOnlyList<string> Paragraphs);
