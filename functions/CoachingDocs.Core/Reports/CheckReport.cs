namespace CoachingDocs.Core.Reports;

/// <summary>
/// The check report, version <see cref="CurrentSchemaVersion"/> (docs/report-schema.md, docs/report.schema.json).
/// Word and Excel outputs are views of this; it never holds a Pass or Referral.
/// </summary>
public sealed record CheckReport
{
    public const string CurrentSchemaVersion = "1.0";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required DateTimeOffset CheckedAt { get; init; }
    public required ReportUnit Unit { get; init; }
    public required IReadOnlyList<ReportDocument> Documents { get; init; }
    public required ReportHours Hours { get; init; }
    public required int Clients { get; init; }
    public required IReadOnlyList<ReportSession> Sessions { get; init; }
    public required ReportSupervision Supervision { get; init; }
    public required int FeedbackForms { get; init; }
    public required int ReflectiveLogEntries { get; init; }
    public required int Observations { get; init; }
    public required decimal? StatedTotalHours { get; init; }
    public required decimal? PlanMonths { get; init; }
    public ReportMarks? Marks { get; init; }
    public required IReadOnlyList<ReportRule> Rules { get; init; }
    public required IReadOnlyList<ReportCriterion> Criteria { get; init; }
    public required IReadOnlyList<ReportNotice> Findings { get; init; }
    public required IReadOnlyList<ReportNotice> Warnings { get; init; }
}

public sealed record ReportUnit(string Id, string Title, int Level, string? Uan);

public sealed record ReportDocument(string FileName, string? Kind, string Mode, string? UnitId, string? UnitIdSource, int Sessions);

/// <summary>Hours as decimals (2 places) for people, and exact minutes for machines; byClient keys are client references.</summary>
public sealed record ReportHours(decimal Total, int TotalMinutes, IReadOnlyDictionary<string, decimal> ByClient, IReadOnlyDictionary<string, int> ByClientMinutes);

public sealed record ReportSession(
    string? Client, int Number, DateOnly? Date, decimal? Hours, int? Minutes, string Location, bool HasReflection, bool HasFeedback, string? Mode, string? Payment);

public sealed record ReportSupervision(int Sessions, decimal Hours, int Minutes);

public sealed record ReportRule(string Id, string Kind, decimal? Figure, decimal? Required, string Status, string Description);

public sealed record ReportCriterion(string Ref, string Text, string Status, IReadOnlyList<ReportEvidence> Evidence);

/// <summary>Where an AC is evidenced: source tag|section|label|records|discussion, location, and an excerpt of at most 160 characters.</summary>
public sealed record ReportEvidence(string Source, string Location, string Excerpt);

public sealed record ReportNotice(string Code, string Message, string? Location);

public sealed record ReportMarks(int TotalMarks, int PassMark, int Awarded, int? StatedTotal, IReadOnlyList<ReportMarkSection> Sections);

public sealed record ReportMarkSection(string Title, int? Awarded, int MaxMarks, int MinMarks, string Location);
