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
        [DocumentKinds.CoachingDiary] = ["clientPlan", "contract", "diagnostics", "swot", "sessionGoal", "sessionOptions", "sessionFeedback", "sessionActions"],
        [DocumentKinds.ReflectiveLog] = ["whatHappened", "reflection", "learning", "actions"],
        [DocumentKinds.ClientFeedback] = ["ratings", "mostUseful", "improve"],
        [DocumentKinds.ObservationFeedback] = ["strengths", "developmentAreas", "observerComments"],
        [DocumentKinds.SupervisionRecord] = ["issuesDiscussed", "outcomes", "actions"],
        [DocumentKinds.DevelopmentPlan] = ["swot", "objectives", "reviews"],
        [DocumentKinds.PortfolioEvidenceMatrix] = [],
        [DocumentKinds.JournalEvidenceMatrix] = [],
        [DocumentKinds.ResultSheet] = ["acResults", "markSheet"],
        [DocumentKinds.AssignmentCover] = ["taskBrief", "answers", "declaration"],
        [DocumentKinds.HoursLog] = [],
    };

    public static bool Exists(string kind, string section) =>
        ByKind.TryGetValue(kind, out var sections) && sections.Contains(section, StringComparer.Ordinal);
}
