using CoachingDocs.Core.Catalogue;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static CoachingDocs.Core.Templates.WordForm;
using F = CoachingDocs.Core.OpenXml.FieldNames;

namespace CoachingDocs.Core.Templates;

internal static partial class FormLayouts
{
    /// <summary>"Learning Outcome 1 ..." (shown on the first AC of each outcome only), then "AC 1.1" and its wording.</summary>
    private static TableCell CriterionCell() => Cell(1, null,
        Mixed(InlineField(F.OutcomeText, "Learning outcome", bold: true)),
        Mixed(TextRun("AC ", bold: true), InlineField(F.CriterionRef, "AC", bold: true)),
        Mixed(InlineField(F.CriterionText, "Assessment criterion")));

    /// <summary>002 Appendix 5 "Portfolio evidence matrix" and Appendix 8 "Reflective Journal evidence matrix": the seed's intro, columns and "Section One/Two/Three".</summary>
    private static IEnumerable<OpenXmlElement> EvidenceMatrix(string kind, string evidenceHeading, string referenceHeading, Paragraph intro)
    {
        yield return Heading(FormTitles.Of(kind), 0);
        yield return intro;
        yield return Table(FourColumns,
            Row([.. LabelledField(F.LearnerName, "Name of learner"), .. LabelledField(F.RegistrationNumber, "Learner Registration No.")]),
            Row([Label("Signature"), EmptyCell(), .. LabelledField(F.DateCompleted, "Date completed")]),
            Row([.. LabelledField(F.CentreName, "Centre Name"), .. LabelledField(F.CentreNumber, "Centre Number")]));
        yield return Spacer();
        yield return Table([4000, 3638, 2000],
            HeaderRow(
                Label(1, Mixed(TextRun("Unit ", bold: true), InlineField(F.UnitId, "Unit", bold: true)),
                    Mixed(InlineField(F.UnitTitle, "Unit title", bold: true)),
                    Mixed(TextRun("Qualification: "), InlineField(F.QualificationTitle, "Qualification"))),
                Label(evidenceHeading), Label(referenceHeading)),
            // "Section One" on a row of its own above the outcome's first AC, as the seed prints it (removed for the others).
            RepeatingRows(OpenXml.BlockNames.CriterionRow, "Assessment criterion",
                Row(Label(3, Mixed(InlineField(F.OutcomeText, "Section", bold: true)))),
                Row(Cell(1, null,
                        Mixed(TextRun("AC ", bold: true), InlineField(F.CriterionRef, "AC", bold: true)),
                        Mixed(InlineField(F.CriterionText, "Assessment criterion"))),
                    FieldCell(F.EvidenceTitles, evidenceHeading), FieldCell(F.EvidenceReference, referenceHeading))));
        yield return Spacer();
        yield return Text("Please reference all books and journals and provide links to websites [and date accessed] used in this unit, if applicable", bold: true);
        yield return Field(F.References, "References");
    }

    private static IEnumerable<OpenXmlElement> ResultSheet()
    {
        // "Result Sheet" (002) or "Mark Sheet" (000) by how the unit is assessed: the generator fills the title.
        yield return TitleParagraph(InlineField(F.FormTitle, "Form title", FormTitles.Of(DocumentKinds.ResultSheet)));
        yield return Mixed(TextRun("Unit ", bold: true), InlineField(F.UnitId, "Unit", bold: true), TextRun(" "),
            InlineField(F.UnitTitle, "Unit title", bold: true));
        yield return Mixed(TextRun("Qualification: "), InlineField(F.QualificationTitle, "Qualification"));
        yield return Table(FourColumns,
            Row([.. LabelledField(F.CentreNumber, "Centre Number"), .. LabelledField(F.CentreName, "Centre Name")]),
            Row([.. LabelledField(F.RegistrationNumber, "Learner Registration No."), .. LabelledField(F.LearnerName, "Learner Name")]));
        yield return Spacer();
        yield return Section("acResults", "Assessment criteria",
            Text("INSTRUCTIONS FOR ASSESSMENT AND USE OF RESULT SHEET", bold: true),
            Text("Assessment must be conducted with reference to the assessment criteria (AC). In order to pass the unit, every AC must be met."),
            Text("Assessors will indicate with a 'Pass' or 'Referral' in the box (below right). In order to pass the unit every AC must receive a 'Pass.' Any AC awarded less than a pass produces an automatic referral for the submission."),
            Text("Sufficiency descriptors are provided as guidance. The descriptors are not comprehensive, and cannot be, as there are many ways in which a submission can exceed or fall short of the requirements."),
            Table([2500, 2150, 2150, 1738, 1100],
                HeaderRow(Label("Assessment Criteria (AC)"),
                    Label(2, Text("Sufficiency descriptors", bold: true), Text("(Typical standards that, if replicated across the whole submission, would produce a referral or borderline pass)", italic: true)),
                    Label("Assessor feedback on AC"), Label("Pass / Referral (delete as applicable)")),
                HeaderRow(Label(""), Label("Referral"), Label("Pass"), Label(""), Label("")),
                // After each outcome's last AC, its "Learning Outcome n comments (optional)" and "QA comments (optional)"
                // rows (002 Appendices 2/6/7/9); the generator removes them from the other ACs' items.
                RepeatingRows(OpenXml.BlockNames.CriterionRow, "Assessment criterion",
                    Row(
                        CriterionCell(),
                        FieldCell(F.ReferralDescriptor, "Referral"), FieldCell(F.PassDescriptor, "Pass"),
                        FieldCell(F.AssessorFeedback, "Assessor feedback on AC"),
                        FieldCell(F.Decision, "Pass / Referral")),
                    Row(Label(1, Mixed(InlineField(F.OutcomeCommentsLabel, "Learning outcome comments", bold: true))), FieldCell(F.OutcomeComments, "Learning outcome comments (optional)", 4)),
                    Row(Label(1, Mixed(InlineField(F.QaCommentsLabel, "QA comments", bold: true))), FieldCell(F.OutcomeQaComments, "QA comments (optional)", 4)))),
            Spacer());
        yield return Section("markSheet", "Mark sheet",
            Mixed(TextRun("Mark sheet: ", bold: true), InlineField(F.MarkSheetTitle, "Mark sheet", bold: true)),
            Text("1. Learner named below confirms authenticity of submission. 2. ILM uses learners' submissions – on an anonymous basis – for assessment standardisation. By submitting, I agree that ILM may use this script on condition that all information which may identify me is removed. However, if you are unwilling to allow ILM use your script, please refuse by ticking the box: \u2610"),
            Text("Assessor's decision: award marks per section. PASS needs the total pass mark overall AND the minimum in each section.", bold: true),
            Table([3400, 2000, 2000, 1238, 1000],
                HeaderRow(Label("Criteria"), Label("Strengths"), Label("Areas for Improvement"), Label("Assr mark"), Label("QA mark")),
                RepeatingRows(OpenXml.BlockNames.MarkSection, "Mark section", Row(
                    Cell(1, null, Mixed(InlineField(F.SectionTitle, "Section", bold: true)), Field(F.SectionCriteria, "Criteria"),
                        Mixed(InlineField(F.MarkLimits, "Marks", bold: true))),
                    FieldCell(F.Strengths, "Strengths"), FieldCell(F.AreasForImprovement, "Areas for Improvement"),
                    FieldCell(F.AssessorMark, "Assr mark"), FieldCell(F.QaMark, "QA mark")))),
            Spacer(),
            // 000's decision block: the assessor's and quality assurance's totals and outcomes, section referral, IQA and EV.
            Table(FourColumns,
                HeaderRow(Label("Assessor's decision", 2), Label("Quality assurance use", 2)),
                Row([.. LabelledField(F.TotalMarks, "Total marks"), .. LabelledField(F.QaTotalMarks, "Total marks")]),
                Row(Label("Outcome (circle as applicable)"), Cell(1, null, Field(F.PassRule, "Pass rule")), Label("Outcome (circle as applicable)"), Cell("PASS/REFERRAL")),
                Row([.. LabelledField(F.SectionReferral, "Section referral if applicable:"), Label("Date of IQA check:"), Cell(1, null, DateField(F.IqaDate, "Date of IQA check:"))]),
                Row([Label("Assessor signature and date:"), EmptyCell(), .. LabelledField(F.IqaName, "Name of IQA:")]),
                Row([Label("ILM EV signature:"), EmptyCell(), Label("Date externally verified (where applicable):"), Cell(1, null, DateField(F.EvDate, "Date externally verified (where applicable):"))])));
        yield return Spacer();
        // 002's closing rows, the assessor's and the QA's (on a mark sheet they restate the decision above).
        yield return Table(FourColumns,
            Row([.. LabelledField(F.UnitDecision, "Unit Outcome (delete as applicable):"), Label("Date:"), Cell(1, null, DateField(F.DecisionDate, "Date:"))]),
            Row([.. LabelledField(F.AssessorName, "Name of assessor"), Label("Signature of Assessor:"), EmptyCell()]),
            Row([.. LabelledField(F.QaDecision, "Unit Outcome (delete as applicable):"), Label("Date of QA check:"), Cell(1, null, DateField(F.QaDate, "Date of QA check:"))]),
            Row([Label("Signature of QA:"), EmptyCell(3)]));
    }

    private static IEnumerable<OpenXmlElement> AssignmentCover()
    {
        foreach (var e in Header(DocumentKinds.AssignmentCover)) yield return e;
        yield return Heading("Task brief", 1);
        yield return Section("taskBrief", "Task brief",
            Text("Provide an answer for ALL of the following tasks. Each of the descriptions and explanations given should be detailed, correct and appropriate to your context."));
        yield return Heading("Your answers", 1);
        yield return Section("answers", "Answers",
            Text("Write your answer to each task under its heading. Keep the headings: they show the assessor where each assessment criterion is evidenced.", italic: true));
        yield return Heading("Authenticity of work", 1);
        yield return Section("declaration", "Declaration",
            Text("The work submitted should be your own work. You must acknowledge any work that is not your own using a recognised referencing notation and present direct quotes from other sources in quotation marks."),
            Text("You must make a formal declaration of authenticity (ie. that the work is your own). This is a prerequisite for an assessment to take place because no investigation for plagiarism can be carried out without this confirmation."),
            Text("By submitting I confirm that this assessment is my own work", bold: true),
            Table(FourColumns,
                Row([.. LabelledField(F.DeclarationSignature, "Learner signature"), Label("Date"), Cell(1, null, DateField(F.DeclarationDate, "Date"))])));
    }
}
