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

    /// <summary>
    /// The record section each part of a record sits in, as the templates nest them (a session record holds its goal,
    /// options, actions and feedback; a reflective log entry its answers; a supervision record its outcomes; the
    /// observation its strengths and development areas). A part written is its record written, for documents read by
    /// tags and by labels alike.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> RecordOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DocumentKinds.CoachingDiary + "#sessionGoal"] = DocumentKinds.CoachingDiary + "#" + SessionRecord,
        [DocumentKinds.CoachingDiary + "#sessionOptions"] = DocumentKinds.CoachingDiary + "#" + SessionRecord,
        [DocumentKinds.CoachingDiary + "#sessionActions"] = DocumentKinds.CoachingDiary + "#" + SessionRecord,
        [DocumentKinds.CoachingDiary + "#sessionFeedback"] = DocumentKinds.CoachingDiary + "#" + SessionRecord,
        [DocumentKinds.ReflectiveLog + "#sessionOverall"] = DocumentKinds.ReflectiveLog + "#entry",
        [DocumentKinds.ReflectiveLog + "#whatHappened"] = DocumentKinds.ReflectiveLog + "#entry",
        [DocumentKinds.ReflectiveLog + "#relationship"] = DocumentKinds.ReflectiveLog + "#entry",
        [DocumentKinds.ReflectiveLog + "#reflection"] = DocumentKinds.ReflectiveLog + "#entry",
        [DocumentKinds.ReflectiveLog + "#actions"] = DocumentKinds.ReflectiveLog + "#entry",
        [DocumentKinds.SupervisionRecord + "#supervisionTime"] = DocumentKinds.SupervisionRecord + "#supervision",
        [DocumentKinds.SupervisionRecord + "#outcomes"] = DocumentKinds.SupervisionRecord + "#supervision",
        [DocumentKinds.SupervisionRecord + "#actions"] = DocumentKinds.SupervisionRecord + "#supervision",
        [DocumentKinds.ObservationFeedback + "#strengths"] = DocumentKinds.ObservationFeedback + "#observation",
        [DocumentKinds.ObservationFeedback + "#developmentAreas"] = DocumentKinds.ObservationFeedback + "#observation",
    };

    /// <summary>The diary's section that holds one session: the records the hours and individuals rules count.</summary>
    public const string SessionRecord = "sessionRecord";

    public static bool Exists(string kind, string section) =>
        ByKind.TryGetValue(kind, out var sections) && sections.Contains(section, StringComparer.Ordinal);
}
