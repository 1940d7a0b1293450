namespace CoachingDocs.Core.Reading;

/// <summary>Stable warning codes from reading (docs/findings.md).</summary>
public static class WarningCodes
{
    public const string DurationInterpreted = "DURATION_INTERPRETED";
    public const string DateInterpreted = "DATE_INTERPRETED";
    public const string DurationImplausible = "DURATION_IMPLAUSIBLE";
    public const string DateImplausible = "DATE_IMPLAUSIBLE";
    public const string NegativeDuration = "NEGATIVE_DURATION";
    public const string UnreadableDate = "UNREADABLE_DATE";
    public const string MissingDate = "MISSING_DATE";
    public const string MissingClient = "MISSING_CLIENT";
    public const string DurationFromTimes = "DURATION_FROM_TIMES";
    public const string DurationTimesDisagree = "DURATION_TIMES_DISAGREE";
    public const string UnidentifiedDocument = "UNIDENTIFIED_DOCUMENT";
    public const string DuplicateSession = "DUPLICATE_SESSION";
    public const string GroupSession = "GROUP_SESSION";
    public const string UnreadableCell = "UNREADABLE_CELL";
    public const string MacrosIgnored = "MACROS_IGNORED";
    public const string UnreadableMark = "UNREADABLE_MARK";
    public const string NoContent = "NO_CONTENT";
    public const string ControlsTooDeep = "CONTROLS_TOO_DEEP";
    public const string RowNotASession = "ROW_NOT_A_SESSION";
    public const string StatedTotalsAdded = "STATED_TOTALS_ADDED";
    public const string FieldCut = "FIELD_CUT";
}
