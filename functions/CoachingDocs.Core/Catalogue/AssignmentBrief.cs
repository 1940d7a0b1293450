namespace CoachingDocs.Core.Catalogue;

/// <summary>
/// A unit's assessment brief as its source prints it (8585-300's Appendix 1, the legacy D3.01+D3.02 work-based
/// assignment and D3.03 coaching diary of 000 Appendix B): the instructions in parts, then the tasks. Verbatim; the
/// generator prints it instead of a brief rebuilt from the ACs.
/// </summary>
public sealed record AssignmentBrief(string Title, string Source, IReadOnlyList<BriefPart> Parts, IReadOnlyList<BriefTask> Tasks);
