using CoachingDocs.Core.Catalogue;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static CoachingDocs.Core.Templates.WordForm;
using F = CoachingDocs.Core.OpenXml.FieldNames;

namespace CoachingDocs.Core.Templates;

internal static partial class FormLayouts
{
    private static IEnumerable<OpenXmlElement> ClientFeedback()
    {
        foreach (var e in Header(DocumentKinds.ClientFeedback, nameLabel: null)) yield return e;
        int[] ratingColumns = [2638, 600, .. Enumerable.Repeat(440, 10), 1100, 900];
        var scores = Enumerable.Range(1, 10).Select(n => n.ToString()).ToArray();
        var ratingRows = ClientFeedbackAttributes.All.Select((attribute, i) => Row([
            Label(attribute), Cell("poor"), .. scores.Select(s => Cell(s)), Cell("excellent"),
            FieldCell(F.Rating(i + 1), attribute)])).ToArray();
        // 002 Appendix 5: the intro, the AC 3.2 line (EvidenceTags, above the section), then Name of Coach | Client ref/ID | Date;
        // Session No. is a centre addition that ties each form to its session record.
        yield return Repeating(OpenXml.BlockNames.FeedbackForm, "Feedback form",
            Text("To the coachee - please complete the following at the end of each of your coaching sessions to enable your coach to develop their skills and review the effectiveness of the coaching programme."),
            Section("ratings", "Ratings",
            Table([1100, 1500, 1100, 1300, 700, 1500, 1100, 1338],
                Row([.. LabelledField(F.LearnerName, "Name of Coach"), .. LabelledField(F.ClientRef, "Client ref/ID"), Label("Date"), Cell(1, null, DateField(F.SessionDate, "Date")),
                    .. LabelledField(F.SessionNumber, "Session No.")])),
            Spacer(),
            Text("Please rate your coach from 1 (poor) to 10 (excellent): write the score in the last column.", italic: true), Table(ratingColumns,
                [HeaderRow(Label("Key coach attributes"), Label("Please rate your coach", 12), Label("Score (1-10)")), .. ratingRows])),
            Spacer(),
            Table([TextWidth],
                Row(Label(ClientFeedbackAttributes.OverallQuestion)),
                Row(Cell(1, null, Section("mostUseful", "Overall experience", Field(F.OverallExperience, ClientFeedbackAttributes.OverallQuestion)))),
                Row(Label(ClientFeedbackAttributes.ImproveQuestion)),
                Row(Cell(1, null, Section("improve", "How the coach could improve", Field(F.ImprovementSuggestions, ClientFeedbackAttributes.ImproveQuestion))))),
            Spacer());
    }

    /// <summary>002 Appendix 5 "Feedback on the Learner's Coaching - Units 301/302", its labels in its order.</summary>
    private static IEnumerable<OpenXmlElement> ObservationFeedback()
    {
        foreach (var e in Header(DocumentKinds.ObservationFeedback, nameLabel: null)) yield return e;
        yield return Guidance("The supervisor/tutor should observe the coach in practice and provide feedback. Where this is not possible, a recording of the coaching session can be used. It is an opportunity for the coach to receive feedback from an experienced practitioner.");
        yield return Section("observation", "Observation",
            Table(QuestionColumns,
                Row([.. LabelledField(F.LearnerName, "Name of coach")]),
                Row([.. LabelledField(F.ObservationType, "Observation/Recording")]),
                Row([.. LabelledField(F.SupervisorName, "Name of supervisor/tutor")]),
                Row([Label("Date"), Cell(1, null, DateField(F.SessionDate, "Date"))])),
            Spacer(),
            Table(QuestionColumns,
                HeaderRow(Label("Skills and knowledge observed"), Label("Comment on the coaching practice observed")),
                RowSection("strengths", "Skills observed",
                    Question(F.Rapport, "Building a rapport"),
                    Question(F.FollowingProcess, "Following a process"),
                    Question(F.Listening, "Listening"),
                    Question(F.Questioning, "Questioning"),
                    Question(F.GivingFeedback, "Giving feedback"),
                    Question(F.AskingFeedback, "Asking for feedback"),
                    Question(F.OtherSkills, "Other")),
                RowSection("developmentAreas", "Areas for development", Question(F.DevelopmentAreas, "Areas for development"))));
    }

    /// <summary>
    /// 002 Appendix 5 "Outcomes of Supervision - Units 301/302": its two questions, one record per supervision session
    /// (302 needs two). Session No. and date are centre additions so sessions can be told apart and counted; the duration
    /// row is kept only for units whose rule counts supervision hours (the L5 units, 004).
    /// </summary>
    private static IEnumerable<OpenXmlElement> SupervisionRecord()
    {
        foreach (var e in Header(DocumentKinds.SupervisionRecord)) yield return e;
        yield return Repeating(OpenXml.BlockNames.SupervisionSession, "Supervision session",
            Section("supervision", "Supervision session",
                Table(FourColumns,
                    Row([.. LabelledField(F.LearnerName, "Name of coach", 3)]),
                    Row([.. LabelledField(F.SessionNumber, "Session No."), Label("Date of Session"), Cell(1, null, DateField(F.SessionDate, "Date of Session"))]),
                    RowSection(Generation.OptionalParts.SupervisionTime, "Duration of supervision",
                        Row([.. LabelledField(F.Duration, "Duration", 3)]))),
                Spacer(),
                Table([TextWidth],
                    RowSection("outcomes", "Outcomes",
                        Row(Label("Summarise below the outcomes of a supervision session with your tutor")),
                        TallRow(1400, FieldCell(F.Outcomes, "Summarise below the outcomes of a supervision session with your tutor"))),
                    RowSection("actions", "Actions",
                        Row(Label("What will you do now to improve your coaching practice?")),
                        TallRow(1400, FieldCell(F.Actions, "What will you do now to improve your coaching practice?"))))),
            Spacer());
    }

    /// <summary>
    /// 002 Appendix 5 "Continuous Professional Development (CPD) Plan – Unit 303" (its five columns); the SWOT and the
    /// reviews are kept only for units whose ACs they evidence (L5-503, 004), never for 8585-303.
    /// </summary>
    private static IEnumerable<OpenXmlElement> DevelopmentPlan()
    {
        foreach (var e in Header(DocumentKinds.DevelopmentPlan, nameLabel: null)) yield return e;
        yield return Section("swot", "SWOT", Heading("My SWOT", 2), Text("My strengths, weaknesses, opportunities and threats as a coach:"), Swot());
        yield return GuidanceRuns(TextRun("Detail below how you plan to develop yourself over the next "), InlineField(F.PlanMonths, "Plan months"), TextRun(" months"));
        yield return Section("objectives", "Objectives",
            Table(FourColumns, Row([.. LabelledField(F.LearnerName, "Name of Coach"), Label("Date"), Cell(1, null, DateField(F.StartDate, "Date"))])),
            Spacer(),
            Table([2000, 2000, 2238, 1500, 1900],
            HeaderRow(Label("Area for Development"), Label("How will I do it?"), Label("What support will I need, including resources?"),
                Label("When will I do it?"), Label("What will success look like?")),
            RepeatingRows(OpenXml.BlockNames.Objective, "Objective", TallRow(700,
                FieldCell(F.DevelopmentArea, "Area for Development"), FieldCell(F.Method, "How will I do it?"),
                FieldCell(F.Support, "What support will I need, including resources?"), FieldCell(F.Timescale, "When will I do it?"),
                FieldCell(F.SuccessMeasure, "What will success look like?")))));
        yield return Section("reviews", "Reviews", Heading("Reviews of progress", 2), Text("Record each review of progress against the plan."), Table([2000, 7638],
            HeaderRow(Label("Review date"), Label("Progress against my objectives")),
            RepeatingRows(OpenXml.BlockNames.Review, "Review", TallRow(700,
                Cell(1, null, DateField(F.ReviewDate, "Review date")), FieldCell(F.ReviewNotes, "Progress against my objectives")))));
    }
}
