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
        foreach (var e in Header(DocumentKinds.ClientFeedback, "Name of Coach")) yield return e;
        yield return Text("To the coachee - please complete the following at the end of each of your coaching sessions to enable your coach to develop their skills and review the effectiveness of the coaching programme.");
        int[] ratingColumns = [2638, 600, .. Enumerable.Repeat(440, 10), 1100, 900];
        var scores = Enumerable.Range(1, 10).Select(n => n.ToString()).ToArray();
        var ratingRows = ClientFeedbackAttributes.All.Select((attribute, i) => Row([
            Label(attribute), Cell("poor"), .. scores.Select(s => Cell(s)), Cell("excellent"),
            FieldCell(F.Rating(i + 1), attribute)])).ToArray();
        yield return Repeating(OpenXml.BlockNames.FeedbackForm, "Feedback form",
            Heading("Feedback on a coaching session", 2),
            Table([1600, 2400, 1200, 1600, 1400, 1438],
                Row([.. LabelledField(F.ClientRef, "Client ref/ID"), Label("Date"), Cell(1, null, DateField(F.SessionDate, "Date")),
                    .. LabelledField(F.SessionNumber, "Session No.")])),
            Spacer(),
            Section("ratings", "Ratings", Text("Please rate your coach from 1 (poor) to 10 (excellent): write the score in the last column."), Table(ratingColumns,
                [HeaderRow(Label("Key coach attributes"), Label("Please rate your coach", 12), Label("Score (1-10)")), .. ratingRows])),
            Spacer(),
            Table([TextWidth],
                Row(Label(ClientFeedbackAttributes.OverallQuestion)),
                Row(Cell(1, null, Section("mostUseful", "Overall experience", Field(F.OverallExperience, ClientFeedbackAttributes.OverallQuestion)))),
                Row(Label(ClientFeedbackAttributes.ImproveQuestion)),
                Row(Cell(1, null, Section("improve", "How the coach could improve", Field(F.ImprovementSuggestions, ClientFeedbackAttributes.ImproveQuestion))))),
            Spacer());
    }

    private static IEnumerable<OpenXmlElement> ObservationFeedback()
    {
        foreach (var e in Header(DocumentKinds.ObservationFeedback, "Name of coach")) yield return e;
        yield return Text("The supervisor/tutor should observe the coach in practice and provide feedback. Where this is not possible, a recording of the coaching session can be used. It is an opportunity for the coach to receive feedback from an experienced practitioner.");
        yield return Table(FourColumns,
            Row([.. LabelledField(F.ObservationType, "Observation/Recording"), Label("Date"), Cell(1, null, DateField(F.SessionDate, "Date"))]),
            Row([.. LabelledField(F.SupervisorName, "Name of supervisor/tutor", 3)]));
        yield return Spacer();
        yield return Table(QuestionColumns,
            HeaderRow(Label("Skills and knowledge observed"), Label("Comment on the coaching practice observed")),
            RowSection("strengths", "Skills observed",
                Question(F.Rapport, "Building a rapport"),
                Question(F.FollowingProcess, "Following a process"),
                Question(F.Listening, "Listening"),
                Question(F.Questioning, "Questioning"),
                Question(F.GivingFeedback, "Giving feedback"),
                Question(F.AskingFeedback, "Asking for feedback"),
                Question(F.OtherSkills, "Other")),
            RowSection("developmentAreas", "Areas for development", Question(F.DevelopmentAreas, "Areas for development")),
            RowSection("observerComments", "Observer's comments", Question(F.ObserverComments, "Overall comments of the supervisor/tutor")));
        yield return Spacer();
        yield return SignatureTable("Signature of supervisor/tutor");
    }

    private static IEnumerable<OpenXmlElement> SupervisionRecord()
    {
        foreach (var e in Header(DocumentKinds.SupervisionRecord, "Name of coach")) yield return e;
        yield return Text("Summarise the outcomes of each supervision session with your supervisor or tutor, and what you will do to improve your coaching practice. Use the + to add a session.");
        yield return Repeating(OpenXml.BlockNames.SupervisionSession, "Supervision session",
            Heading("Supervision session", 2),
            Table(FourColumns,
                Row([.. LabelledField(F.SupervisorName, "Name of supervisor/tutor"), .. LabelledField(F.SessionNumber, "Session No.")]),
                Row([Label("Date of Session"), Cell(1, null, DateField(F.SessionDate, "Date of Session")), .. LabelledField(F.Duration, "Duration")])),
            Table(QuestionColumns,
                RowSection("issuesDiscussed", "Issues discussed", Question(F.IssuesDiscussed, "What did you bring to supervision (clients, sessions, issues)?")),
                RowSection("outcomes", "Outcomes", Question(F.Outcomes, "Summarise below the outcomes of a supervision session with your tutor")),
                RowSection("actions", "Actions", Question(F.Actions, "What will you do now to improve your coaching practice?"))),
            Spacer());
    }

    private static IEnumerable<OpenXmlElement> DevelopmentPlan()
    {
        foreach (var e in Header(DocumentKinds.DevelopmentPlan, "Name of Coach")) yield return e;
        yield return Mixed(TextRun("Detail below how you plan to develop yourself over the next "),
            InlineField(F.PlanMonths, "Plan months"), TextRun(" months, including timescales and measures of success."));
        yield return Table(FourColumns,
            Row([.. LabelledField(F.StartDate, "Date"), .. LabelledField(F.EndDate, "Plan end date")]));
        yield return Heading("My SWOT", 2);
        yield return Section("swot", "SWOT", Text("My strengths, weaknesses, opportunities and threats as a coach:"), Swot());
        yield return Heading("Development objectives", 2);
        yield return Section("objectives", "Objectives", Text("Use SMART objectives: specific, measurable, achievable, realistic and time-bound."), Table([2000, 2000, 2238, 1500, 1900],
            HeaderRow(Label("Area for Development"), Label("How will I do it?"), Label("What support will I need, including resources?"),
                Label("When will I do it?"), Label("What will success look like?")),
            RepeatingRows(OpenXml.BlockNames.Objective, "Objective", TallRow(700,
                FieldCell(F.DevelopmentArea, "Area for Development"), FieldCell(F.Method, "How will I do it?"),
                FieldCell(F.Support, "What support will I need, including resources?"), FieldCell(F.Timescale, "When will I do it?"),
                FieldCell(F.SuccessMeasure, "What will success look like?")))));
        yield return Heading("Reviews of progress", 2);
        yield return Section("reviews", "Reviews", Text("Record each review of progress against the plan."), Table([2000, 7638],
            HeaderRow(Label("Review date"), Label("Progress against my objectives")),
            RepeatingRows(OpenXml.BlockNames.Review, "Review", TallRow(700,
                Cell(1, null, DateField(F.ReviewDate, "Review date")), FieldCell(F.ReviewNotes, "Progress against my objectives")))));
    }
}
