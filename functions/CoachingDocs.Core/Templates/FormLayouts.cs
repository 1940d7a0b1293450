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
        DocumentKinds.PortfolioEvidenceMatrix => EvidenceMatrix(kind, "Portfolio Evidence Titles", "Reference Number"),
        DocumentKinds.JournalEvidenceMatrix => EvidenceMatrix(kind, "Evidence in the Reflective Journal", "Page / Section Reference"),
        DocumentKinds.ResultSheet => ResultSheet(),
        DocumentKinds.AssignmentCover => AssignmentCover(),
        _ => throw new ArgumentException($"'{kind}' is not a Word document kind.", nameof(kind)),
    };

    private static readonly int[] FourColumns = [2100, 2719, 2100, 2719];
    private static readonly int[] QuestionColumns = [3600, 6038];

    /// <summary>Title with the unit, then who and where: the same header on every form.</summary>
    private static IEnumerable<OpenXmlElement> Header(string kind, string nameLabel = "Learner Name")
    {
        yield return Heading(FormTitles.Of(kind), 0);
        yield return Mixed(TextRun("Unit ", bold: true), InlineField(F.UnitId, "Unit"), TextRun(" "),
            InlineField(F.UnitTitle, "Unit title"));
        yield return Mixed(TextRun("Qualification: "), InlineField(F.QualificationTitle, "Qualification"));
        yield return Table(FourColumns,
            Row([.. LabelledField(F.LearnerName, nameLabel), .. LabelledField(F.RegistrationNumber, "Learner Registration No.")]),
            Row([.. LabelledField(F.CentreName, "Centre Name"), .. LabelledField(F.CentreNumber, "Centre Number")]));
        yield return Spacer();
    }

    private static Table SignatureTable(params string[] who) =>
        Table([2600, 3638, 1200, 2200], who.Select(w => Row(Label(w), EmptyCell(), Label("Date"), EmptyCell())).ToArray());

    private static IEnumerable<OpenXmlElement> CoachingDiary()
    {
        foreach (var e in Header(DocumentKinds.CoachingDiary, "Name of Coach")) yield return e;
        yield return Text("This diary will help you to plan, structure and record the coaching sessions. The diary will provide evidence for the achievement of this unit, along with the reflective log, feedback to coach from individual being coached, outcomes of a supervision session and feedback on the learner's coaching.");
        yield return Text("Remember that the coaching is totally confidential and you shouldn't refer to the coachee by name for the purposes of assessment.", italic: true);
        yield return Table(FourColumns,
            Row([.. LabelledField(F.StartDate, "Start Date of Activity"), .. LabelledField(F.EndDate, "End Date of Activity")]),
            Row([.. LabelledField(F.TotalHours, "Total number of hours completed"), .. LabelledField(F.PlannedSessions, "Number of sessions planned")]));
        yield return Text("Upon completion of the coaching activity:", bold: true);
        yield return SignatureTable("Signature of Coach", "Signature of Coachee");
        yield return Text("(for confirmation that the activity took place – client signature can be anonymised prior to submission)", italic: true);

        yield return Heading("Plan for effective coaching", 1);
        yield return Section("clientPlan", "Coaching plan",
            Repeating(OpenXml.BlockNames.Client, "Client plan",
                Heading("Client plan", 2),
                Table(QuestionColumns,
                    Question(F.ClientRef, "Client Ref/ID"),
                    Question(F.ClientProfile, "Brief profile of the client"),
                    Question(F.AnticipatedBenefits, "What are the anticipated benefits of coaching for this client?"),
                    Question(F.Venue, "Where will you meet for the sessions?"),
                    Question(F.VenueSuitability, "What makes this venue suitable?"),
                    Question(F.PlannedDuration, "Planned duration of the sessions"),
                    Question(F.ClientSessions, "Number of Sessions"),
                    Question(F.ClientGoals, "What are the client's goals or outcomes, relevant to their context?")),
                Spacer()));

        yield return Heading("The Coaching Contract", 1);
        yield return Section("contract", "Coaching contract",
            Text("Some essential information is provided below. Please add to and adapt as appropriate to meet your own and your clients' needs and to make it relevant to your organisation.", italic: true),
            Text("In signing this agreement, all parties agree:"),
            Bullet("To be honest and committed to the contracted activity"),
            Bullet("To keep all appointments and ensure prompt rescheduling when cancellation is unavoidable"),
            Bullet("To maintain confidentiality regarding discussions"),
            Bullet("To review the coaching contract after ____ sessions and have a 'no fault' ending if the relationship does not suit either party"),
            Bullet("To be open to receiving and giving feedback"),
            SignatureTable("Signature of Coach", "Signature of Client", "Signature of Stakeholder(s)"),
            Text("(client signature can be anonymised prior to submission)", italic: true));

        yield return Heading("Diagnostics", 1);
        yield return Section("diagnostics", "Diagnostics",
            Text("Outcome of diagnostics used with the client:"),
            Table(QuestionColumns,
                Question(F.DiagnosticName, "Name of diagnostic used"),
                Question(F.LearningStyle, "Client's learning style"),
                Question(F.DiagnosticResults, "Other diagnostic tools if used & results")));
        yield return Heading("Client's SWOT", 2);
        yield return Section("swot", "SWOT", Text("The client's strengths, weaknesses, opportunities and threats:"), Swot());

        yield return Heading("Coaching sessions", 1);
        yield return Text("For completion by the coach when carrying out their coaching sessions with an individual. Use the + at the end of a session record to add another session.", italic: true);
        yield return Repeating(OpenXml.BlockNames.Session, "Session record",
            Heading("Session record", 2),
            Table(FourColumns,
                Row([.. LabelledField(F.ClientRef, "Client Ref/ID"), .. LabelledField(F.SessionNumber, "Session No.")]),
                Row([Label("Date of Session"), Cell(1, null, DateField(F.SessionDate, "Date of Session")),
                    .. LabelledField(F.Duration, "Duration")])),
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
                Question(F.NextSession, "Date and venue of next session")),
            Spacer());
    }

    private static Table Swot() => Table([4819, 4819],
        Row(Label("Strengths"), Label("Weaknesses / areas for development")),
        TallRow(1400, FieldCell(F.Strengths, "Strengths"), FieldCell(F.Weaknesses, "Weaknesses / areas for development")),
        Row(Label("Opportunities"), Label("Threats / barriers")),
        TallRow(1400, FieldCell(F.Opportunities, "Opportunities"), FieldCell(F.Threats, "Threats / barriers")));

    private static IEnumerable<OpenXmlElement> ReflectiveLog()
    {
        foreach (var e in Header(DocumentKinds.ReflectiveLog, "Name of Coach")) yield return e;
        yield return Text("Use this reflective log alongside the coaching diary, so that you can reflect on your skills, knowledge and behaviours, as you progress through the sessions. Complete one entry after each session; use the + to add an entry.");
        yield return Repeating(OpenXml.BlockNames.ReflectiveEntry, "Reflective log entry",
            Heading("Reflective log entry", 2),
            Table(FourColumns,
                Row([.. LabelledField(F.ClientRef, "Client Ref/ID"), .. LabelledField(F.SessionNumber, "Session No.")]),
                Row([Label("Session date"), Cell(1, null, DateField(F.SessionDate, "Session date")), .. LabelledField(F.Duration, "Duration")])),
            Table(QuestionColumns,
                RowSection("whatHappened", "What happened",
                    Question(F.Questioning, "How well did you use questioning in the session? Please give examples"),
                    Question(F.Listening, "How well did you use listening in the session? Please give examples")),
                RowSection("reflection", "Reflection",
                    Question(F.FeedbackImpact, "What was the impact of the feedback given to the client at this session?"),
                    Question(F.Feedback, "What feedback did you receive from the client?")),
                RowSection("learning", "Learning",
                    Question(F.Reflection, "What key learning from this session will support your continuous professional development?")),
                RowSection("actions", "Actions",
                    Question(F.Improvement, "How could you improve your coaching for the next session?"))),
            Spacer());
    }
}
