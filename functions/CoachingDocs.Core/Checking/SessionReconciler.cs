using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Checking;

/// <summary>
/// The one step that turns every session record read, from every file, into the sessions counted: a session that
/// appears in a summary log, a detailed record and an hours log is counted once, and each merge is a warning with
/// both locations. Individuals are reported by the first spelling met; other spellings of the same reference match it.
/// </summary>
internal static class SessionReconciler
{
    public static List<SessionRecord> Reconcile(IReadOnlyList<DocumentReading> documents, List<ReadWarning> warnings)
    {
        var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new List<SessionRecord>();
        var byKey = new Dictionary<(string?, DateOnly, int), int>();
        foreach (var written in documents.SelectMany(d => d.Sessions))
        {
            var session = written.ClientRef is { } c && RecordAssembler.ClientKey(c) is { } key
                ? written with { ClientRef = spelling.TryAdd(key, c) ? c : spelling[key] }
                : written;
            if (session.Date is { } date && session.Minutes is { } minutes)
            {
                if (byKey.TryGetValue((session.ClientRef, date, minutes), out var index) && ElsewhereThan(kept[index], session))
                {
                    kept[index] = Merge(kept[index], session, warnings);
                    continue;
                }
                byKey.TryAdd((session.ClientRef, date, minutes), kept.Count);
            }
            kept.Add(session);
        }
        // A record with a date but no duration ("Session 3 – Client 1 – 12/03/2025" as a heading over the session's
        // table row) is the timed session of that client and date, once all are known; the order read is kept.
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            var session = kept[i];
            if (session.Minutes is not null || session.Date is null) continue;
            var index = kept.FindIndex(k => k.Minutes is not null && k.Date == session.Date && k.ClientRef == session.ClientRef);
            if (index < 0) continue;
            kept[index] = Merge(kept[index], session, warnings);
            kept.RemoveAt(i);
        }
        return kept;
    }

    /// <summary>Two records of one session: in two files, or in one file as a heading and a table (never two rows of one table).</summary>
    private static bool ElsewhereThan(SessionRecord first, SessionRecord second) =>
        first.Location.Document != second.Location.Document
        || (first.Location.Table is null) != (second.Location.Table is null)
        || first.Location.Sheet != second.Location.Sheet;

    private static SessionRecord Merge(SessionRecord kept, SessionRecord again, List<ReadWarning> warnings)
    {
        warnings.Add(new ReadWarning(WarningCodes.DuplicateSession,
            $"the same session (client {kept.ClientRef ?? "?"}, {kept.Date:yyyy-MM-dd}) is also recorded at {kept.Location}; counted once", again.Location));
        return kept with
        {
            HasReflection = kept.HasReflection || again.HasReflection,
            HasFeedback = kept.HasFeedback || again.HasFeedback,
            Number = kept.Number ?? again.Number,
        };
    }
}
