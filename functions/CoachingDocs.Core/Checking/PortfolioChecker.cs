using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Reading;
using CoachingDocs.Core.Reports;

namespace CoachingDocs.Core.Checking;

/// <summary>
/// Turns what was read from a learner's files into the report: figures, every unit rule with its figure and status,
/// every AC with its evidence, findings and warnings. It never awards Pass or Referral.
/// </summary>
public static class PortfolioChecker
{
    public static CheckReport Check(Unit unit, IReadOnlyList<DocumentReading> documents, DateTimeOffset checkedAt)
    {
        var facts = PortfolioFacts.From(documents);
        var findings = new List<Finding>();

        // Figures first: a session whose length could not be read counts 0 and is named, never guessed.
        foreach (var session in facts.Sessions.Where(s => s.Minutes is null))
            findings.Add(new Finding(FindingCodes.UnreadableDuration,
                session.DurationText is { } text ? $"duration \"{text}\" of session {session.Number?.ToString() ?? "?"} could not be read; it counts as 0"
                                                 : $"session {session.Number?.ToString() ?? "?"} has no duration; it counts as 0", session.Location.ToString()));
        if (facts.Sessions.Count == 0 && unit.Rules.Any(r => r.Kind == RuleKinds.MinHours))
            findings.Add(new Finding(FindingCodes.NoSessions, "no coaching session could be read from the files"));
        StatedTotals(documents, findings);

        // Every rule of the unit, generically from the catalogue.
        var rules = new List<ReportRule>();
        foreach (var (rule, index) in unit.Rules.Select((r, i) => (r, i)))
        {
            if (!RuleChecks.ByKind.TryGetValue(rule.Kind, out var check)) continue; // the loader already refuses unknown kinds
            var outcome = check.Evaluate(rule, facts);
            var id = unit.Rules.Count(r => r.Kind == rule.Kind) > 1 ? $"{rule.Kind}-{index + 1}" : rule.Kind;
            rules.Add(new ReportRule(id, outcome.Kind, outcome.Figure, outcome.Required, outcome.Status, rule.Text ?? outcome.Description));
            findings.AddRange(outcome.Findings);
        }
        var marks = MarkSheetCheck.Evaluate(unit.MarkSheet, documents, findings);
        var criteria = CriterionEvidenceLocator.Locate(unit, documents, facts, findings);
        foreach (var document in documents.Where(d => d.UnitId is { } id && !string.Equals(id, unit.Id, StringComparison.OrdinalIgnoreCase)))
            findings.Add(new Finding(FindingCodes.UnitNamedDiffers, $"{document.FileName} names unit {document.UnitId} ({document.UnitIdSource}), not {unit.Id}", document.FileName));

        return new CheckReport
        {
            CheckedAt = checkedAt,
            Unit = new ReportUnit(unit.Id, unit.Title, unit.Level, unit.Uan),
            Documents = [.. documents.Select(d => new ReportDocument(d.FileName, d.Kind, Camel(d.Mode.ToString()), d.UnitId, d.UnitIdSource, d.Sessions.Count))],
            Hours = new ReportHours(
                RuleChecks.Hours(facts.TotalMinutes), facts.TotalMinutes,
                facts.MinutesByClient.ToDictionary(kv => kv.Key, kv => RuleChecks.Hours(kv.Value), StringComparer.Ordinal),
                facts.MinutesByClient),
            Clients = facts.Clients,
            Sessions = [.. facts.Sessions.Select((s, i) => new ReportSession(s.ClientRef, s.Number ?? i + 1, s.Date,
                s.Minutes is { } m ? RuleChecks.Hours(m) : null, s.Minutes, s.Location.ToString(), s.HasReflection, s.HasFeedback, s.Mode, s.Payment))],
            Supervision = new ReportSupervision(facts.Supervision.Count(), RuleChecks.Hours(facts.SupervisionMinutes), facts.SupervisionMinutes),
            FeedbackForms = facts.FeedbackForms,
            ReflectiveLogEntries = facts.ReflectiveLogEntries,
            Observations = facts.Observations,
            StatedTotalHours = documents.Select(d => d.StatedTotalMinutes).FirstOrDefault(m => m is not null) is { } stated ? RuleChecks.Hours(stated) : null,
            PlanMonths = facts.PlanMonths,
            Marks = marks,
            Rules = rules,
            Criteria = criteria,
            Findings = [.. findings.Select(f => new ReportNotice(f.Code, f.Message, f.Location))],
            Warnings = [.. facts.Warnings.Select(w => new ReportNotice(w.Code, w.Message, w.Location.ToString()))],
        };
    }

    /// <summary>Each file's stated total against the sum of that file's own sessions (to the minute).</summary>
    private static void StatedTotals(IReadOnlyList<DocumentReading> documents, List<Finding> findings)
    {
        foreach (var document in documents)
        {
            if (document.StatedTotalMinutes is not { } stated) continue;
            var read = document.Sessions.Sum(s => s.Minutes ?? 0);
            if (Math.Abs(stated - read) > 1)
                findings.Add(new Finding(FindingCodes.StatedTotalMismatch,
                    $"the stated total is {RuleChecks.Figure(RuleChecks.Hours(stated))} hours but the {document.Sessions.Count} sessions read add up to {RuleChecks.Figure(RuleChecks.Hours(read))} hours ({read} minutes)",
                    document.StatedTotalLocation?.ToString() ?? document.FileName));
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
