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
    /// <summary>The form's own name where it depends on the unit (a legacy unit's result sheet is its mark sheet).</summary>
    public const string FormTitle = "formTitle";
    public const string UnitTitle = "unitTitle";
    public const string UnitNumber = "unitNumber";
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
    public const string ExceptionalOptions = "exceptionalOptions";
    public const string PlanMonths = "planMonths";
    public const string SupervisorName = "supervisorName";

    // Form fields of the templates (docs/templates.md): free text the learner, client, supervisor or assessor writes.
    // Coaching diary: per-client plan, diagnostics, SWOT and the session record.
    public const string ClientProfile = "clientProfile";
    public const string AnticipatedBenefits = "anticipatedBenefits";
    public const string Venue = "venue";
    public const string VenueSuitability = "venueSuitability";
    public const string PlannedDuration = "plannedDuration";
    public const string ClientSessions = "clientSessions";
    public const string ClientGoals = "clientGoals";
    public const string DiagnosticName = "diagnosticName";
    public const string LearningStyle = "learningStyle";
    public const string DiagnosticResults = "diagnosticResults";
    public const string Strengths = "strengths";
    public const string Weaknesses = "weaknesses";
    public const string Opportunities = "opportunities";
    public const string Threats = "threats";
    public const string ProgressReview = "progressReview";
    public const string Reality = "reality";
    public const string ChosenOption = "chosenOption";
    public const string Willingness = "willingness";
    public const string ClientFeedback = "clientFeedback";
    public const string NextSession = "nextSession";
    public const string CoachingReflections = "coachingReflections";

    // Reflective log, client feedback, observation feedback, supervision.
    public const string Questioning = "questioning";
    public const string Listening = "listening";
    public const string FeedbackImpact = "feedbackImpact";
    public const string Improvement = "improvement";
    public const string SessionOverall = "sessionOverall";
    public const string ModelsUsed = "modelsUsed";
    public const string RelationshipManagement = "relationshipManagement";
    public const string OverallExperience = "overallExperience";
    public const string ImprovementSuggestions = "improvementSuggestions";
    public const string ObservationType = "observationType";
    public const string Rapport = "rapport";
    public const string FollowingProcess = "followingProcess";
    public const string GivingFeedback = "givingFeedback";
    public const string AskingFeedback = "askingFeedback";
    public const string OtherSkills = "otherSkills";
    public const string DevelopmentAreas = "developmentAreas";
    public const string ObserverComments = "observerComments";
    public const string IssuesDiscussed = "issuesDiscussed";
    public const string Outcomes = "outcomes";
    public const string Actions = "actions";

    // Development plan.
    public const string DevelopmentArea = "developmentArea";
    public const string Method = "method";
    public const string Support = "support";
    public const string Timescale = "timescale";
    public const string SuccessMeasure = "successMeasure";
    public const string ReviewDate = "reviewDate";
    public const string ReviewNotes = "reviewNotes";

    // Evidence matrices, result sheets, mark sheets, assignment cover (the generator fills the criterion rows from the catalogue).
    public const string DateCompleted = "dateCompleted";
    public const string OutcomeText = "outcomeText";
    public const string CriterionRef = "criterionRef";
    public const string CriterionText = "criterionText";
    public const string EvidenceTitles = "evidenceTitles";
    public const string EvidenceReference = "evidenceReference";
    public const string References = "references";
    public const string ReferralDescriptor = "referralDescriptor";
    public const string PassDescriptor = "passDescriptor";
    public const string AssessorFeedback = "assessorFeedback";
    public const string Decision = "decision";
    public const string AssessorComments = "assessorComments";
    public const string QaComments = "qaComments";
    public const string UnitDecision = "unitDecision";
    public const string DecisionDate = "decisionDate";
    public const string SectionTitle = "sectionTitle";
    public const string SectionCriteria = "sectionCriteria";
    public const string MarkLimits = "markLimits";
    public const string AreasForImprovement = "areasForImprovement";
    public const string AssessorMark = "assessorMark";
    public const string QaMark = "qaMark";
    public const string TotalMarks = "totalMarks";
    public const string PassRule = "passRule";
    public const string OutcomeCommentsLabel = "outcomeCommentsLabel";
    public const string OutcomeComments = "outcomeComments";
    public const string QaCommentsLabel = "qaCommentsLabel";
    public const string OutcomeQaComments = "outcomeQaComments";
    public const string QaDecision = "qaDecision";
    public const string QaDate = "qaDate";
    public const string MarkSheetTitle = "markSheetTitle";
    public const string QaTotalMarks = "qaTotalMarks";
    public const string SectionReferral = "sectionReferral";
    public const string IqaName = "iqaName";
    public const string IqaDate = "iqaDate";
    public const string EvDate = "evDate";
    public const string DeclarationSignature = "declarationSignature";
    public const string DeclarationDate = "declarationDate";

    // Professional discussion record (002 Appendix 10): who took part, how it was recorded, and per point the time on the
    // recording (mm:ss), the ACs it addressed and a summary.
    public const string Participants = "participants";
    public const string RecordingReference = "recordingReference";
    public const string DiscussionTime = "discussionTime";
    public const string DiscussionCriteria = "discussionCriteria";
    public const string DiscussionSummary = "discussionSummary";

    /// <summary>The client feedback form rates 15 coach attributes (ClientFeedbackAttributes) as rating01 .. rating15.</summary>
    public static string Rating(int number) => $"rating{number:00}";
}
