using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Generation;

/// <summary>How many blocks a unit's documents start with, from the unit's rules when the learner does not say.</summary>
internal static class UnitCounts
{
    public const int MaxDefaultSessions = 24;

    /// <summary>The learner's planned sessions, else one per required hour (12 for 8585-302), else 6.</summary>
    public static int Sessions(Unit unit, int? planned) =>
        planned ?? (unit.FindRule(RuleKinds.MinHours)?.Value is { } hours ? Math.Clamp((int)Math.Ceiling(hours), 1, MaxDefaultSessions) : 6);

    /// <summary>Supervision records: the minimum sessions, else one per required supervision hour, else 1.</summary>
    public static int SupervisionSessions(Unit unit) =>
        Math.Clamp((int)Math.Ceiling(unit.FindRule(RuleKinds.MinSupervisionSessions)?.Value
            ?? unit.FindRule(RuleKinds.MinSupervisionHours)?.Value ?? 1), 1, 12);

    /// <summary>The plan's length: the unit's minimum (6 for 8585-303, 12 for the L5 plan units), else 6.</summary>
    public static int PlanMonths(Unit unit) =>
        Math.Clamp((int)Math.Ceiling(unit.FindRule(RuleKinds.MinPlanMonths)?.Value ?? 6), 1, 36);

    public static int Objectives(int planMonths) => planMonths >= 12 ? 6 : 4;

    public static int Reviews(int planMonths) => Math.Max(1, planMonths / 3);
}
