namespace CoachingDocs.Core.Catalogue;

/// <summary>Every document the product generates and reads. Ids are stable: they appear in URLs, tags and file names.</summary>
public static class DocumentKinds
{
    public const string CoachingDiary = "coaching-diary";
    public const string ReflectiveLog = "reflective-log";
    public const string ClientFeedback = "client-feedback";
    public const string ObservationFeedback = "observation-feedback";
    public const string SupervisionRecord = "supervision-record";
    public const string DevelopmentPlan = "development-plan";
    public const string PortfolioEvidenceMatrix = "portfolio-evidence-matrix";
    public const string JournalEvidenceMatrix = "journal-evidence-matrix";
    public const string ResultSheet = "result-sheet";
    public const string AssignmentCover = "assignment-cover";
    public const string HoursLog = "hours-log";
    public const string ProfessionalDiscussion = "professional-discussion";
    public const string AuthenticityDeclaration = "authenticity-declaration";

    public static readonly IReadOnlyList<string> All =
    [
        CoachingDiary, ReflectiveLog, ClientFeedback, ObservationFeedback, SupervisionRecord, DevelopmentPlan,
        PortfolioEvidenceMatrix, JournalEvidenceMatrix, ResultSheet, AssignmentCover, HoursLog,
        ProfessionalDiscussion, AuthenticityDeclaration,
    ];

    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);

    public static string FileExtension(string kind) => kind == HoursLog ? ".xlsx" : ".docx";
}
