using CoachingDocs.Core.Catalogue;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static CoachingDocs.Core.Templates.WordForm;
using F = CoachingDocs.Core.OpenXml.FieldNames;

namespace CoachingDocs.Core.Templates;

/// <summary>The body of each Word template, following the ILM forms (8585 handbook Appendices 2-9, legacy Appendix B).</summary>
internal static partial class FormLayouts
{
    public static IEnumerable<OpenXmlElement> Body(string kind) => kind switch
    {
        DocumentKinds.CoachingDiary => CoachingDiary(),
        DocumentKinds.ReflectiveLog => ReflectiveLog(),
        DocumentKinds.ClientFeedback => ClientFeedback(),
        DocumentKinds.ObservationFeedback => ObservationFeedback(),
        DocumentKinds.SupervisionRecord => SupervisionRecord(),
        DocumentKinds.DevelopmentPlan => DevelopmentPlan(),
        DocumentKinds.PortfolioEvidenceMatrix => EvidenceMatrix(kind, "Portfolio Evidence Titles", "Reference Number",
            Mixed(TextRun("This completed matrix must be included in your portfolio of evidence for learners undertaking Unit "), InlineField(F.UnitNumber, "Unit number"), TextRun("."))),
        DocumentKinds.JournalEvidenceMatrix => EvidenceMatrix(kind, "Reflective Journal Evidence Title", "Reference Number",
            Text("This completed matrix must be included in your reflective journal.")),
        DocumentKinds.ResultSheet => ResultSheet(),
        DocumentKinds.AssignmentCover => AssignmentCover(),
        DocumentKinds.ProfessionalDiscussion => ProfessionalDiscussion(),
        DocumentKinds.AuthenticityDeclaration => AuthenticityDeclaration(),
        _ => throw new ArgumentException($"'{kind}' is not a Word document kind.", nameof(kind)),
    };

    private static readonly int[] FourColumns = [2100, 2719, 2100, 2719];
    private static readonly int[] QuestionColumns = [3600, 6038];

    /// <summary>Title with the unit, then who and where: the same header on every form.</summary>
    /// <summary>
    /// Title with the unit, then who and where: the same header on every form. The learner's name is left out where the
    /// seed form's own table asks for it ("Name of coach"), so it is asked once, where the seed asks it.
    /// </summary>
    private static IEnumerable<OpenXmlElement> Header(string kind, string? nameLabel = "Learner Name")
    {
        yield return Heading(FormTitles.Of(kind), 0);
        yield return Mixed(TextRun("Unit ", bold: true), InlineField(F.UnitId, "Unit"), TextRun(" "),
            InlineField(F.UnitTitle, "Unit title"));
        yield return Mixed(TextRun("Qualification: "), InlineField(F.QualificationTitle, "Qualification"));
        yield return nameLabel is null
            ? Table(FourColumns,
                Row([.. LabelledField(F.RegistrationNumber, "Learner Registration No."), .. LabelledField(F.CentreNumber, "Centre Number")]),
                Row([.. LabelledField(F.CentreName, "Centre Name", 3)]))
            : Table(FourColumns,
                Row([.. LabelledField(F.LearnerName, nameLabel), .. LabelledField(F.RegistrationNumber, "Learner Registration No.")]),
                Row([.. LabelledField(F.CentreName, "Centre Name"), .. LabelledField(F.CentreNumber, "Centre Number")]));
        yield return Spacer();
    }

    private static Table SignatureTable(params string[] who) =>
        Table([2600, 3638, 1200, 2200], who.Select(w => Row(Label(w), EmptyCell(), Label("Date"), EmptyCell())).ToArray());

    /// <summary>Italic guidance printed between a part's AC lines and its fields (EvidenceTags puts the AC lines above it).</summary>
    internal static Paragraph Guidance(string text) => GuidanceRuns(TextRun(text));

    internal static Paragraph GuidanceRuns(params OpenXmlElement[] runs) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = GuidanceStyle }), .. runs]);

    public const string GuidanceStyle = "Guidance";

    /// <summary>
    /// 002 Appendix 5 "Coaching Diary – Units 301/302": one diary per client (Word's "+" adds a client), each with its own
    /// header, plan, goals, contract and signatures, diagnostics, SWOT and session records. The AC lines above each part
    /// come from the unit's catalogue (EvidenceTags), so each unit's diary prints its own AC wording.
    /// </summary>
    private static IEnumerable<OpenXmlElement> CoachingDiary()
    {
        foreach (var e in Header(DocumentKinds.CoachingDiary)) yield return e;
        yield return Text("This diary will help you to plan, structure and record the coaching sessions. The diary will provide evidence for the achievement of this unit, along with the reflective log, feedback to coach from individual being coached, outcomes of a supervision session and CPD plan.");
        yield return Text("Remember that the coaching is totally confidential and you shouldn't refer to the coachee by name for the purposes of assessment.");
        // Centre addition, kept only for units that allow more individuals in exceptional circumstances (8585-302).
        yield return Section(Generation.OptionalParts.ExceptionalCircumstances, "Exceptional circumstances",
            Heading("Exceptional circumstances", 2),
            Text("Complete only if you coached a third individual. The centre should keep a record of the reasons that the Learning Outcome of maximum 2 individuals has not been met and the options that have been considered before resorting to this solution.", italic: true),
            Table(QuestionColumns,
                Question(F.ExceptionalReason, "Reason for a third individual"),
                Question(F.ExceptionalOptions, "Options considered before resorting to this solution")),
            Spacer());
        // The legacy D3.03 diary is an assignment: its TASK and headings first, its marked reflections last (000 Appendix B);
        // both are kept only for a unit whose catalogue holds that brief.
        yield return Section("taskBrief", "Task brief", Spacer());
        yield return Repeating(OpenXml.BlockNames.Client, "Client diary", ClientDiary().ToArray());
        yield return Section(Generation.AssignmentTasks.ReflectionsSummary, "Reflections on the effectiveness of coaching activity",
            Field(F.CoachingReflections, "Reflections on the effectiveness of coaching activity"));
    }

    private static IEnumerable<OpenXmlElement> ClientDiary()
    {
        yield return Table(QuestionColumns,
            Row([.. LabelledField(F.LearnerName, "Name of Coach")]),
            Row([.. LabelledField(F.ClientRef, "Client Ref/ID")]),
            Row([Label("Start Date of Activity"), Cell(1, null, DateField(F.StartDate, "Start Date of Activity"))]),
            Row([.. LabelledField(F.TotalHours, "Total number of hours completed")]));
        yield return Text("Upon completion of the coaching activity:", bold: true);
        yield return SignatureTable("Signature of Coach", "Signature of Coachee");
        yield return Text("(for confirmation that the activity took place – client signature can be anonymised prior to submission)", italic: true);
        yield return Spacer();

        yield return Section("clientPlan", "Coaching plan",
            Table(QuestionColumns,
                Question(F.ClientProfile, "Brief profile of the client"),
                Question(F.AnticipatedBenefits, "What are the anticipated benefits of coaching for this client?"),
                Question(F.Venue, "Where will you meet for the sessions?"),
                Question(F.VenueSuitability, "What makes this venue suitable?")),
            Table(FourColumns,
                Row([.. LabelledField(F.PlannedDuration, "Planned duration of the sessions"), .. LabelledField(F.ClientSessions, "Number of Sessions")])));
        yield return Spacer();
        yield return Section("clientGoals", "Goals",
            Table(QuestionColumns, Question(F.ClientGoals, "What are the client's goals or outcomes, relevant to their context?")));
        yield return Spacer();

        yield return Guidance("Some essential information is provided below. Please add to and adapt as appropriate to meet your own and your clients' needs and to make it relevant to your organisation");
        yield return Section("contract", "Coaching contract",
            Heading("The Coaching Contract", 2),
            Text("In signing this agreement, all parties agree:"),
            Bullet("To be honest and committed to the contracted activity"),
            Bullet("To keep all appointments and ensure prompt rescheduling when cancellation is unavoidable"),
            Bullet("To maintain confidentiality regarding discussions"),
            Bullet("To review the coaching contract after ____ sessions and have a 'no fault' ending if the relationship does not suit either party"),
            Bullet("To be open to receiving and giving feedback"),
            SignatureTable("Signature of Coach", "Signature of Client", "Signature of Stakeholder(s)"),
            Text("(client signature can be anonymised prior to submission)", italic: true),
            Table(QuestionColumns, Row([.. LabelledField(F.ClientRef, "Client Ref/ID")])));
        yield return Spacer();

        yield return Section("diagnostics", "Diagnostics",
            Table(QuestionColumns,
                Row([.. LabelledField(F.ClientRef, "Client ref/ID")]),
                Question(F.DiagnosticName, "Name of diagnostic used")),
            Text("Outcome of diagnostics used with the client:"),
            Table(QuestionColumns,
                Question(F.LearningStyle, "Client's learning style"),
                Question(F.DiagnosticResults, "Other diagnostic tools if used & results")),
            Heading("Client's SWOT", 2),
            Section("swot", "SWOT", Swot()));
        yield return Spacer();

        yield return Repeating(OpenXml.BlockNames.Session, "Session record",
            Guidance("For completion by the coach when carrying out their coaching sessions with an individual. This page will require photocopying and completion for each coaching session with an individual (in Word, use the + at the end of a session record to add another session)."),
            Section("sessionRecord", "Session record",
                Table(FourColumns,
                    Row([.. LabelledField(F.ClientRef, "Client Ref/ID"), .. LabelledField(F.SessionNumber, "Session No.")]),
                    Row([Label("Date of Session"), Cell(1, null, DateField(F.SessionDate, "Date of Session")),
                        .. LabelledField(F.Duration, "Duration")])),
                Spacer(),
                Table(QuestionColumns,
                    RowSection("sessionGoal", "Goal",
                        Question(F.ProgressReview, "Review of client's progress from last session (if applicable)"),
                        Question(F.Goal, "Goal for today's meeting"),
                        Question(F.Reality, "Reality/current situation")),
                    RowSection("sessionOptions", "Options",
                        Question(F.Options, "Options generated to achieve goal"),
                        Question(F.ChosenOption, "Chosen option & target date")),
                    RowSection("sessionActions", "Actions",
                        Question(F.Willingness, "Willingness of client to complete action")),
                    RowSection("sessionFeedback", "Feedback",
                        Question(F.Feedback, "Feedback you gave to the client"),
                        Question(F.ClientFeedback, "Feedback from coachee on the coaching session")),
                    Question(F.NextSession, "Date and venue of next session"))),
            Spacer());
    }

    private static Table Swot() => Table([4819, 4819],
        Row(Label("Strengths"), Label("Weaknesses / areas for development")),
        TallRow(1400, FieldCell(F.Strengths, "Strengths"), FieldCell(F.Weaknesses, "Weaknesses / areas for development")),
        Row(Label("Opportunities"), Label("Threats / barriers")),
        TallRow(1400, FieldCell(F.Opportunities, "Opportunities"), FieldCell(F.Threats, "Threats / barriers")));

    /// <summary>
    /// 002 Appendix 5 "Reflective Log – Units 301/302": the five questions as printed, one entry per session (the seed's
    /// page holds two sessions side by side and is photocopied; ours repeats with Word's "+"). The L5 units' log also asks
    /// what 004 (501/502 AC 2.4) says it records; those rows are kept only for units whose ACs they evidence.
    /// </summary>
    private static IEnumerable<OpenXmlElement> ReflectiveLog()
    {
        foreach (var e in Header(DocumentKinds.ReflectiveLog, nameLabel: null)) yield return e;
        yield return Repeating(OpenXml.BlockNames.ReflectiveEntry, "Reflective log entry",
            Guidance("Use this reflective log alongside the coaching diary, so that you can reflect on your skills, knowledge and behaviours, as you progress through the sessions."),
            Section("entry", "Reflective log entry",
                Table(FourColumns,
                    Row([.. LabelledField(F.ClientRef, "Client Ref/ID"), .. LabelledField(F.LearnerName, "Name of Coach")]),
                    Row([Label("Session date"), Cell(1, null, DateField(F.SessionDate, "Session date")), .. LabelledField(F.SessionNumber, "Session No.")])),
                Spacer(),
                Table(QuestionColumns,
                    RowSection("sessionOverall", "Reflections on the session overall",
                        Question(F.SessionOverall, "Own reflections on the session overall"),
                        Question(F.ModelsUsed, "Details of models, techniques and tools used")),
                    RowSection("whatHappened", "Questioning and listening",
                        Question(F.Questioning, "How well did you use questioning in the session? Please give examples"),
                        Question(F.Listening, "How well did you use listening in the session? Please give examples")),
                    RowSection("relationship", "Relationship management",
                        Question(F.RelationshipManagement, "Relationship management (remaining ethical and non-judgmental)")),
                    RowSection("reflection", "Feedback",
                        Question(F.FeedbackImpact, "What was the impact of the feedback given to the client at this session?"),
                        Question(F.Feedback, "What feedback did you receive from the client?")),
                    RowSection("actions", "Improvement",
                        Question(F.Improvement, "How could you improve your coaching for the next session?")))),
            Spacer());
    }
}
