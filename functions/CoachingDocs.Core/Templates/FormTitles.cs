using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Templates;

/// <summary>The ILM name of each form, used as the document title.</summary>
public static class FormTitles
{
    /// <summary>What 000 Appendix B calls a legacy unit's result sheet ("MARK SHEET: D3.03").</summary>
    public const string MarkSheet = "Mark Sheet";

    public static string Of(string kind) => kind switch
    {
        DocumentKinds.CoachingDiary => "Coaching Diary",
        DocumentKinds.ReflectiveLog => "Reflective Log",
        DocumentKinds.ClientFeedback => "Feedback to coach from individual being coached",
        DocumentKinds.ObservationFeedback => "Feedback on the Learner's Coaching",
        DocumentKinds.SupervisionRecord => "Outcomes of Supervision",
        DocumentKinds.DevelopmentPlan => "Continuous Professional Development (CPD) Plan",
        DocumentKinds.PortfolioEvidenceMatrix => "Portfolio evidence matrix",
        DocumentKinds.JournalEvidenceMatrix => "Reflective Journal evidence matrix",
        DocumentKinds.ResultSheet => "Result Sheet",
        DocumentKinds.AssignmentCover => "Assignment Cover Sheet",
        DocumentKinds.HoursLog => "Coaching Hours Log",
        DocumentKinds.ProfessionalDiscussion => "Professional Discussion Record",
        DocumentKinds.AuthenticityDeclaration => "Authentication Sheet",
        _ => kind,
    };
}
