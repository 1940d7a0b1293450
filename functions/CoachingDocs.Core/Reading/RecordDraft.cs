using CoachingDocs.Core.OpenXml;

namespace CoachingDocs.Core.Reading;

/// <summary>The fields of one record (a session, an entry, a form) as they are met, before they are interpreted.</summary>
internal sealed class RecordDraft(string? form, ReadLocation location)
{
    /// <summary>Fields that identify a record: meeting one a second time means the next record has begun.</summary>
    private static readonly HashSet<string> KeyFields = new(StringComparer.Ordinal)
    {
        FieldNames.ClientRef, FieldNames.SessionNumber, FieldNames.SessionDate, FieldNames.Duration,
        FieldNames.StartTime, FieldNames.EndTime,
    };

    public string? Form { get; } = form;

    /// <summary>
    /// The client reference of the block this record sits in (a per-client diary's header names the client once, above
    /// its sessions); used only when the record names no client of its own.
    /// </summary>
    public string? InheritedClientRef { get; init; }
    public ReadLocation Location { get; set; } = location;
    public Dictionary<string, (string Value, ReadLocation Location, DurationUnitHint Hint)> Fields { get; } = new(StringComparer.Ordinal);
    public List<(string Field, string Value)> Texts { get; } = [];
    public List<(string Value, ReadLocation Location)> PlanDates { get; } = [];

    /// <summary>Anything written in the record beyond who and which session: an answer, a rating, a date or a duration.</summary>
    public bool HasContent =>
        Texts.Any(t => t.Value.Length > 0)
        || Fields.Any(f => f.Value.Value.Length > 0 && f.Key is not (FieldNames.ClientRef or FieldNames.SessionNumber));

    public bool IsEmpty => Fields.Count == 0 && Texts.Count == 0 && PlanDates.Count == 0;

    /// <summary>
    /// A key field met again with a value already written: a blank met earlier (the "Date" of a signature row left
    /// empty) is no record's, so the record that fills it next is still the one being read.
    /// </summary>
    public bool Repeats(string field) => KeyFields.Contains(field) && Fields.TryGetValue(field, out var v) && v.Value.Length > 0;

    public string? Get(string field) => Fields.TryGetValue(field, out var v) && v.Value.Length > 0 ? v.Value : null;

    public bool HasText(string field) => Get(field) is not null || Texts.Any(t => t.Field == field && t.Value.Length > 0);

    public void Set(string field, string value, ReadLocation at, DurationUnitHint hint = DurationUnitHint.None)
    {
        if (Fields.TryGetValue(field, out var existing) && existing.Value.Length > 0)
        {
            // A second text for the same free-text field (two reflection questions) adds to it.
            if (!KeyFields.Contains(field) && value.Length > 0) Texts.Add((field, value));
            return;
        }
        Fields[field] = (value, at, hint);
    }
}
