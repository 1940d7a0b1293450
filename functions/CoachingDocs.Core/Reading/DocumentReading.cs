namespace CoachingDocs.Core.Reading;

/// <summary>How a document's meaning was found.</summary>
public enum ReadingMode
{
    /// <summary>Our content-control tags.</summary>
    Tags,

    /// <summary>Form labels of our templates or the ILM handbook's layouts.</summary>
    Labels,

    /// <summary>Headings and paragraphs ("Session 3 — 14/05/2025 — 75 minutes").</summary>
    FreeText,

    /// <summary>An Excel hours log.</summary>
    Spreadsheet,
}

/// <summary>Everything read from one file.</summary>
public sealed class DocumentReading
{
    public required string FileName { get; init; }
    public string? Kind { get; set; }
    public string? UnitId { get; set; }
    public string? UnitIdSource { get; set; }
    public ReadingMode Mode { get; set; }
    public List<SessionRecord> Sessions { get; } = [];
    public List<SupervisionRecord> Supervision { get; } = [];
    public List<FeedbackRecord> Feedback { get; } = [];
    public List<ReflectionRecord> Reflections { get; } = [];
    public List<ObservationRecord> Observations { get; } = [];
    public List<EvidencePassage> Evidence { get; } = [];
    public List<MarkEntry> Marks { get; } = [];
    public List<ReadWarning> Warnings { get; } = [];
    public List<DateOnly> PlanDates { get; } = [];
    public decimal? StatedPlanMonths { get; set; }
    public int? StatedTotalMinutes { get; set; }
    public ReadLocation? StatedTotalLocation { get; set; }
    public int? StatedTotalMarks { get; set; }
    public string? ExceptionalReason { get; set; }
    public ReadLocation? ExceptionalReasonLocation { get; set; }
}
