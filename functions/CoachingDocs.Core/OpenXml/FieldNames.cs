namespace CoachingDocs.Core.OpenXml;

/// <summary>Field names used in <c>cd1:f:</c> tags. Stable: returned documents are read by them.</summary>
public static class FieldNames
{
    // Header fields, filled by the generator from the learner's details.
    public const string LearnerName = "learnerName";
    public const string RegistrationNumber = "registrationNumber";
    public const string CentreName = "centreName";
    public const string CentreNumber = "centreNumber";
    public const string AssessorName = "assessorName";
    public const string QualificationTitle = "qualificationTitle";
    public const string UnitId = "unitId";
    public const string UnitTitle = "unitTitle";
    public const string StartDate = "startDate";
    public const string EndDate = "endDate";
    public const string TotalHours = "totalHours";
    public const string PlannedSessions = "plannedSessions";

    // Per-session fields inside the repeating session block and similar blocks.
    public const string ClientRef = "clientRef";
    public const string SessionNumber = "sessionNumber";
    public const string SessionDate = "sessionDate";
    public const string Duration = "duration";
    public const string StartTime = "startTime";
    public const string EndTime = "endTime";
    public const string Goal = "goal";
    public const string Options = "options";
    public const string Feedback = "feedback";
    public const string Reflection = "reflection";
    public const string ExceptionalReason = "exceptionalReason";
    public const string PlanMonths = "planMonths";
    public const string SupervisorName = "supervisorName";
}
