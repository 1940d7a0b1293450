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
        var merged = new List<(SessionRecord Kept, SessionRecord Again)>();
        var kept = ReconcileSessions(documents, merged);
        warnings.AddRange(DuplicateWarnings(merged));
        return kept;
    }

    private static List<SessionRecord> ReconcileSessions(IReadOnlyList<DocumentReading> documents, List<(SessionRecord Kept, SessionRecord Again)> warnings)
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

    /// <summary>
    /// One line per file that repeats another's sessions (an hours log of the diary's 12 sessions is one warning, not 12);
    /// a single repeated session keeps its own line with both places.
    /// </summary>
    private static IEnumerable<ReadWarning> DuplicateWarnings(List<(SessionRecord Kept, SessionRecord Again)> merged)
    {
        foreach (var group in merged.GroupBy(m => (Again: m.Again.Location.Document, Kept: m.Kept.Location.Document)))
        {
            var pairs = group.ToList();
            if (pairs.Count == 1)
            {
                var (kept, again) = pairs[0];
                yield return new ReadWarning(WarningCodes.DuplicateSession,
                    $"the same session (client {kept.ClientRef ?? "?"}, {kept.Date:yyyy-MM-dd}) is also recorded at {kept.Location}; counted once", again.Location);
                continue;
            }
            var dates = pairs.Select(p => p.Kept.Date).OfType<DateOnly>().Order().ToList();
            var span = dates.Count == 0 ? "" : dates[0] == dates[^1] ? $" (all {dates[0]:yyyy-MM-dd})" : $" ({dates[0]:yyyy-MM-dd} to {dates[^1]:yyyy-MM-dd})";
            var message = group.Key.Again == group.Key.Kept
                ? $"{pairs.Count} sessions{span} are each written twice in this file (a heading and a table row, say); each counted once"
                : $"{group.Key.Again} repeats {pairs.Count} sessions{span} already read from {group.Key.Kept}; each counted once";
            yield return new ReadWarning(WarningCodes.DuplicateSession, message, new ReadLocation(group.Key.Again));
        }
    }

    private static SessionRecord Merge(SessionRecord kept, SessionRecord again, List<(SessionRecord Kept, SessionRecord Again)> merged)
    {
        merged.Add((kept, again));
        return kept with
        {
            HasReflection = kept.HasReflection || again.HasReflection,
            HasFeedback = kept.HasFeedback || again.HasFeedback,
            Number = kept.Number ?? again.Number,
        };
    }
}
