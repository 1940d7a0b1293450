using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Checking;

/// <summary>
/// The figures of a portfolio, computed once from what was read: the total is always the sum of the sessions read, in
/// whole minutes; a session evidenced in two files (a diary and an Excel log) counts once.
/// </summary>
public sealed class PortfolioFacts
{
    public required IReadOnlyList<DocumentReading> Documents { get; init; }
    public required IReadOnlyList<SessionRecord> Sessions { get; init; }
    public required IReadOnlyList<ReadWarning> Warnings { get; init; }
    public int TotalMinutes => Sessions.Sum(s => s.Minutes ?? 0);
    public required IReadOnlyDictionary<string, int> MinutesByClient { get; init; }
    public int Clients => MinutesByClient.Count;
    public IEnumerable<SupervisionRecord> Supervision => Documents.SelectMany(d => d.Supervision);
    public int SupervisionMinutes => Supervision.Sum(s => s.Minutes ?? 0);
    public int FeedbackForms => Documents.Sum(d => d.Feedback.Count);
    public int ReflectiveLogEntries => Documents.Sum(d => d.Reflections.Count);
    public int Observations => Documents.Sum(d => d.Observations.Count);
    public string? ExceptionalReason => Documents.Select(d => d.ExceptionalReason).FirstOrDefault(r => r is not null);
    public string? ExceptionalReasonLocation => Documents.Select(d => d.ExceptionalReasonLocation).FirstOrDefault(r => r is not null)?.ToString();
    public required decimal? PlanMonths { get; init; }
    public required bool HasPlan { get; init; }

    public static PortfolioFacts From(IReadOnlyList<DocumentReading> documents)
    {
        var warnings = documents.SelectMany(d => d.Warnings).ToList();
        var sessions = SessionReconciler.Reconcile(documents, warnings).Select(s => Linked(s, documents)).ToList();
        var byClient = sessions.Where(s => s.ClientRef is not null)
            .GroupBy(s => s.ClientRef!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Minutes ?? 0), StringComparer.Ordinal);
        var planDates = documents.SelectMany(d => d.PlanDates).ToList();
        var stated = documents.Select(d => d.StatedPlanMonths).FirstOrDefault(m => m is not null);
        decimal? span = planDates.Count >= 2 ? MonthsCovered(planDates.Min(), planDates.Max()) : null;
        return new PortfolioFacts
        {
            Documents = documents,
            Sessions = sessions,
            Warnings = warnings,
            MinutesByClient = byClient,
            // The plan's length is what the learner's own dates cover; a printed or typed horizon is a claim, like a stated total.
            PlanMonths = span,
            HasPlan = stated is not null || planDates.Count > 0 || documents.Any(d => d.Kind == Catalogue.DocumentKinds.DevelopmentPlan),
        };
    }

    /// <summary>Whole months a plan covers, counting a month once its last few days are reached (1 Jan - 30 Jun is 6).</summary>
    public static decimal MonthsCovered(DateOnly start, DateOnly end)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        return Math.Floor(days / 30.44m + 0.1m);
    }

    /// <summary>A session has reflection / feedback when its own record says so, or a log entry or form matches it.</summary>
    private static SessionRecord Linked(SessionRecord session, IReadOnlyList<DocumentReading> documents)
    {
        var reflection = session.HasReflection || documents.SelectMany(d => d.Reflections).Any(r => Matches(session, r.ClientRef, r.Date, r.SessionNumber));
        var feedback = session.HasFeedback || documents.SelectMany(d => d.Feedback).Any(f => Matches(session, f.ClientRef, f.Date, f.SessionNumber));
        return session with { HasReflection = reflection, HasFeedback = feedback };
    }

    private static bool Matches(SessionRecord session, string? client, DateOnly? date, int? number)
    {
        // Same spelling first (the usual case, and free); other spellings through the matching key.
        var sameClient = client is null || session.ClientRef is null || client == session.ClientRef
            || RecordAssembler.ClientKey(client) == RecordAssembler.ClientKey(session.ClientRef);
        if (!sameClient) return false;
        if (date is { } d) return session.Date == d;
        return number is { } n && session.Number == n && client is not null;
    }
}
