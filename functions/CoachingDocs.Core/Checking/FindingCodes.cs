namespace CoachingDocs.Core.Checking;

/// <summary>Stable finding codes (docs/findings.md). Never renamed: clients and assessors' tools switch on them.</summary>
public static class FindingCodes
{
    public const string HoursShort = "HOURS_SHORT";
    public const string TooManyClients = "TOO_MANY_CLIENTS";
    public const string TooFewClients = "TOO_FEW_CLIENTS";
    public const string ExceptionalThirdClientNoted = "EXCEPTIONAL_THIRD_CLIENT_NOTED";
    public const string NoSupervision = "NO_SUPERVISION";
    public const string SupervisionShort = "SUPERVISION_SHORT";
    public const string SessionWithoutReflection = "SESSION_WITHOUT_REFLECTION";
    public const string SessionWithoutFeedback = "SESSION_WITHOUT_FEEDBACK";
    public const string StatedTotalMismatch = "STATED_TOTAL_MISMATCH";
    public const string PlanTooShort = "PLAN_TOO_SHORT";
    public const string NoPlan = "NO_PLAN";
    public const string UnreadableDuration = "UNREADABLE_DURATION";
    public const string NoSessions = "NO_SESSIONS";
    public const string MarksTotalMismatch = "MARKS_TOTAL_MISMATCH";
    public const string MarksSectionBelowMinimum = "MARKS_SECTION_BELOW_MINIMUM";
    public const string MarksBelowPassMark = "MARKS_BELOW_PASS_MARK";
    public const string MarksMissing = "MARKS_MISSING";
    public const string UnitNamedDiffers = "UNIT_NAMED_DIFFERS";

    /// <summary>AC_3.1_NO_EVIDENCE: no passage, tag or template section evidences the AC.</summary>
    public static string NoEvidence(string criterion) => $"AC_{criterion}_NO_EVIDENCE";
}
