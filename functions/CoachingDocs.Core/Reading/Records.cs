namespace CoachingDocs.Core.Reading;

/// <summary>
/// One coaching session as read. <see cref="Minutes"/> is null when the duration could not be read (the checker then
/// reports UNREADABLE_DURATION and counts nothing for it rather than a guess).
/// </summary>
public sealed record SessionRecord(
    string? ClientRef,
    int? Number,
    DateOnly? Date,
    int? Minutes,
    ReadLocation Location,
    string? DurationText = null,
    bool HasReflection = false,
    bool HasFeedback = false,
    string? Mode = null,
    string? Payment = null);

/// <summary>A supervision session (outcomes-of-supervision form, supervision block or a log row of that type).</summary>
public sealed record SupervisionRecord(DateOnly? Date, int? Minutes, ReadLocation Location);

/// <summary>A client feedback form (or a session's feedback field), matched to sessions by client and date.</summary>
public sealed record FeedbackRecord(string? ClientRef, DateOnly? Date, int? SessionNumber, ReadLocation Location);

/// <summary>A reflective-log entry, matched to sessions by date, or session number and client.</summary>
public sealed record ReflectionRecord(string? ClientRef, DateOnly? Date, int? SessionNumber, ReadLocation Location);

/// <summary>An observation of the learner's coaching by a supervisor or tutor.</summary>
public sealed record ObservationRecord(DateOnly? Date, ReadLocation Location);

/// <summary>
/// Text that evidences criteria: either tagged by the learner/add-in (<see cref="Criteria"/> set), or a named
/// template section (<see cref="Section"/> = "kind#name") that evidences ACs by design per the catalogue.
/// </summary>
public sealed record EvidencePassage(
    IReadOnlyList<string> Criteria,
    string? Section,
    string Text,
    ReadLocation Location,
    EvidenceSource Source);

public enum EvidenceSource
{
    /// <summary>A cd1:ac content control.</summary>
    Tag,

    /// <summary>A cd1:s section control of one of our templates.</summary>
    Section,

    /// <summary>A form label or "AC x.y" heading of a document that lost its tags (or never had them).</summary>
    Label,

    /// <summary>The records a unit rule counts (sessions, supervision), for an AC that is that rule.</summary>
    Records,

    /// <summary>A row of a professional discussion record: the ACs it names, its summary, its time in the recording.</summary>
    Discussion,
}

/// <summary>One section's mark on a legacy mark sheet, as the assessor wrote it.</summary>
public sealed record MarkEntry(string Title, int Awarded, int MaxMarks, int? MinMarks, ReadLocation Location);
