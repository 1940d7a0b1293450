using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// Sections a form has only for the units that call for them, so a form never asks for what the unit's seed form does
/// not have: the development plan's SWOT and reviews only where an AC of the unit is evidenced by them (L5-503 AC 2.1 and
/// 2.3, not 8585-303's CPD plan); the L5 reflective log's own prompts only where 004 asks for them (501/502 AC 2.4); the supervision duration only where a rule counts supervision hours (the L5 units);
/// the D3.03 diary's task brief and marked reflections only for a unit with that brief (000); the record of exceptional circumstances only where a rule allows more individuals with a recorded reason (8585-302).
/// </summary>
internal static class OptionalParts
{
    public const string ExceptionalCircumstances = "exceptionalCircumstances";
    public const string SupervisionTime = "supervisionTime";

    private static readonly Dictionary<string, string[]> EvidenceOnly = new(StringComparer.Ordinal)
    {
        [DocumentKinds.DevelopmentPlan] = ["swot", "reviews"],
        [DocumentKinds.ReflectiveLog] = ["sessionOverall", "relationship"],
        [DocumentKinds.CoachingDiary] = [AssignmentTasks.ReflectionsSummary],
    };

    public static IEnumerable<string> AbsentFrom(string kind, Unit unit)
    {
        foreach (var section in EvidenceOnly.GetValueOrDefault(kind) ?? [])
            if (!unit.Criteria.Any(c => c.EvidencedBy.Contains(kind + "#" + section, StringComparer.Ordinal)))
                yield return section;
        if (kind == DocumentKinds.SupervisionRecord && unit.FindRule(RuleKinds.MinSupervisionHours) is null)
            yield return SupervisionTime;
        if (kind == DocumentKinds.CoachingDiary && !unit.Rules.Any(r => r.ExceptionalValue is not null))
            yield return ExceptionalCircumstances;
        if (kind == DocumentKinds.CoachingDiary && unit.AssignmentBrief is null)
            yield return "taskBrief";
    }
}
