using CoachingDocs.Core.Catalogue;
using DocumentFormat.OpenXml;
using static CoachingDocs.Core.Templates.WordForm;
using F = CoachingDocs.Core.OpenXml.FieldNames;

namespace CoachingDocs.Core.Templates;

internal static partial class FormLayouts
{
    /// <summary>
    /// 002 Appendix 10 "Conducting Professional Discussions" describes the record but prints no form: this one holds what
    /// it asks for (date, duration, participants, the recording, and each point's time, AC references and summary, then
    /// the learner's confirmation that it is a true record), quoting its sentences as guidance. For the units whose
    /// evidence may include a "Professional discussion record" (8585-301/302/303, L5-501/502).
    /// </summary>
    private static IEnumerable<OpenXmlElement> ProfessionalDiscussion()
    {
        foreach (var e in Header(DocumentKinds.ProfessionalDiscussion)) yield return e;
        yield return Guidance("A professional discussion is a planned event which is recorded. The recording can use a variety of techniques including auditable written notes, verbal recording, video, etc. to supplement the portfolio or reflective journal. The discussion must be saved and included as part of the overall learner evidence. The evidence of professional discussion should be cross referenced to the assessment criteria showing when it has been used.");
        yield return Table(FourColumns,
            Row([Label("Date of discussion"), Cell(1, null, DateField(F.SessionDate, "Date of discussion")), .. LabelledField(F.Duration, "Duration")]),
            Row([.. LabelledField(F.AssessorName, "Name of assessor"), .. LabelledField(F.Participants, "Participants")]),
            Row([.. LabelledField(F.RecordingReference, "Recording (method and file reference)", 3)]));
        yield return Spacer();
        yield return Guidance("If audio is used, it is important that the learning outcomes/assessment criteria are mapped to the recording – ideally with the time when the criteria was addressed via the discussion. For example, 1m 55 secs AC 2.1, 2m 43 secs AC 3.1 and 3.2.");
        yield return Section("discussion", "Discussion record", Table([1300, 1700, 6638],
            HeaderRow(Label("Time (mm:ss)"), Label("AC reference(s)"), Label("Summary of the discussion")),
            RepeatingRows(OpenXml.BlockNames.DiscussionPoint, "Discussion point", TallRow(700,
                FieldCell(F.DiscussionTime, "Time (mm:ss)"), FieldCell(F.DiscussionCriteria, "AC reference(s)"),
                FieldCell(F.DiscussionSummary, "Summary of the discussion")))));
        yield return Spacer();
        yield return Guidance("If handwritten notes are taken by the assessor it is good practice for the learner to authenticate them and confirm them as a true record of the conversation.");
        yield return Section("authentication", "Authentication",
            Text("I confirm that this is a true record of the conversation.", bold: true),
            SignatureTable("Learner signature", "Assessor signature"));
    }

    /// <summary>
    /// The authentication sheet a portfolio or reflective journal opens with (002: "present this at the beginning of their
    /// portfolio after the authentication sheet(s)"); 002 prints no such sheet, so it quotes 002's authenticity rules and
    /// 000's declaration line. Assignment covers carry their own declaration.
    /// </summary>
    private static IEnumerable<OpenXmlElement> AuthenticityDeclaration()
    {
        foreach (var e in Header(DocumentKinds.AuthenticityDeclaration)) yield return e;
        yield return Text("It is a regulatory requirement that every learner must formally declare the authenticity of their work for each submission for assessment. Declarations must be in an auditable form. ILM External Quality Assurers cannot ratify any assessments where the learner has not specifically confirmed it is their own work.");
        yield return Section("declaration", "Declaration",
            Text("The work submitted should be your own work. You must acknowledge any work that is not your own using a recognised referencing notation and present direct quotes from other sources in quotation marks."),
            Text("By submitting I confirm that this assessment is my own work", bold: true),
            Table(FourColumns,
                Row([.. LabelledField(F.DeclarationSignature, "Learner signature"), Label("Date"), Cell(1, null, DateField(F.DeclarationDate, "Date"))])));
    }
}
