using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.OpenXml;

/// <summary>
/// The sections (<c>cd1:s:</c> tags) each document kind's template has. The catalogue's <c>evidencedBy</c> entries
/// (<c>kind#section</c>) must name one of these, which the catalogue loader checks.
/// </summary>
public static class SectionNames
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByKind = new Dictionary<string, IReadOnlyList<string>>
    {
        [DocumentKinds.CoachingDiary] = ["taskBrief", "reflectionsSummary", "exceptionalCircumstances", "clientPlan", "clientGoals", "contract", "diagnostics", "swot", "sessionRecord", "sessionGoal", "sessionOptions", "sessionFeedback", "sessionActions"],
        [DocumentKinds.ReflectiveLog] = ["entry", "sessionOverall", "whatHappened", "relationship", "reflection", "actions"],
        [DocumentKinds.ClientFeedback] = ["ratings", "mostUseful", "improve"],
        [DocumentKinds.ObservationFeedback] = ["observation", "strengths", "developmentAreas"],
        [DocumentKinds.SupervisionRecord] = ["supervision", "supervisionTime", "outcomes", "actions"],
        [DocumentKinds.DevelopmentPlan] = ["swot", "objectives", "reviews"],
        [DocumentKinds.PortfolioEvidenceMatrix] = [],
        [DocumentKinds.JournalEvidenceMatrix] = [],
        [DocumentKinds.ResultSheet] = ["acResults", "markSheet"],
        [DocumentKinds.AssignmentCover] = ["taskBrief", "answers", "declaration"],
        [DocumentKinds.HoursLog] = [],
        [DocumentKinds.ProfessionalDiscussion] = ["discussion", "authentication"],
        [DocumentKinds.AuthenticityDeclaration] = ["declaration"],
    };

    public static bool Exists(string kind, string section) =>
        ByKind.TryGetValue(kind, out var sections) && sections.Contains(section, StringComparer.Ordinal);
}
