namespace CoachingDocs.Core.Catalogue;

/// <summary>
/// One task or heading of a brief: its title and instructions, the numbered items answered one by one (8585-300's
/// "1.1 Describing ..."), or the mark-sheet section it is marked in (<see cref="MarkSection"/>, legacy), its bullets,
/// its marks line and the mark sheet's assessment criteria column. Members the source does not print are empty.
/// </summary>
public sealed record BriefTask(string Title, IReadOnlyList<string> Paragraphs)
{
    // The source-generated catalogue reader sets every init-only member, null where the file omits it: empty, not null.
    public IReadOnlyList<BriefItem> Items { get; init => field = value ?? []; } = [];
    public IReadOnlyList<string> Bullets { get; init => field = value ?? []; } = [];
    public string? Marks { get; init; }
    public string? MarkSection { get; init; }
    public IReadOnlyList<string> AssessmentCriteria { get; init => field = value ?? []; } = [];
}
