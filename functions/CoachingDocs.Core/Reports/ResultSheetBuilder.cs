using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Reports;

/// <summary>
/// The auto-checked result sheet: the unit's result sheet as the generator makes it (the centre's template when it has
/// one) with a summary box of the figures, every AC row's assessor feedback area pre-filled with the evidence located and
/// the automatic findings for that AC, and the Pass / Referral cells left empty. A legacy mark-sheet unit gets its mark
/// sheet with the evidence located for each section and the marks left empty. A view of the report; it judges nothing.
/// </summary>
public static class ResultSheetBuilder
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Build(CheckReport report, Unit unit, DocumentGenerator generator, Stream output, LearnerDetails? known = null)
    {
        using var form = ShapedForm.Open(generator, DocumentKinds.ResultSheet, unit, known);
        var layout = ContentControls.WithTag(form.Body, TagConvention.Section(unit.MarkSheet is null ? "acResults" : "markSheet")).FirstOrDefault();
        form.InsertBefore(layout,
            WordElements.Para(
                $"Prepared automatically by CoachingDocs on {report.CheckedAt:d MMMM yyyy} from: {string.Join(", ", report.Documents.Select(d => d.FileName))}. "
                + "The evidence located and the automatic findings point the assessor to the learner's work; they are not a judgement. "
                + (unit.MarkSheet is null
                    ? "Every AC must receive a Pass from the assessor: the Pass / Referral column is theirs."
                    : "The marks are the assessor's to award."), italic: true, size: "18"),
            ReportDocumentParts.SummaryBox(report),
            new Paragraph());

        if (unit.MarkSheet is { } sheet) FillMarkSections(form, report, unit, sheet);
        else FillCriterionRows(form, report, unit);

        var after = layout?.NextSibling() as OpenXmlElement;
        var notes = Notes(report).ToArray();
        foreach (var note in notes)
        {
            if (after is not null) after.InsertBeforeSelf(note);
            else form.Append(note);
        }
        form.SaveTo(output);
    }

    /// <summary>Each AC row: the evidence located and the findings in the assessor feedback area, then room for the assessor.</summary>
    private static void FillCriterionRows(ShapedForm form, CheckReport report, Unit unit)
    {
        var criteria = unit.Criteria.ToList();
        var items = form.Items(BlockNames.CriterionRow);
        for (var i = 0; i < items.Count; i++)
        {
            var named = ShapedForm.Field(items[i], FieldNames.CriterionRef) is { } refField ? ContentControls.TextOf(refField).Trim() : "";
            var ac = unit.FindCriterion(named) ?? (i < criteria.Count ? criteria[i] : null);
            if (ac is null || ShapedForm.Field(items[i], FieldNames.AssessorFeedback) is not { } feedback) continue;
            ShapedForm.Fill(feedback, [.. EvidenceAndFindings(report, ac), ReportDocumentParts.Label("Assessor feedback:"), new Paragraph()]);
        }
    }

    /// <summary>Each mark section: the evidence located for the ACs it assesses, under its criteria; marks stay empty.</summary>
    private static void FillMarkSections(ShapedForm form, CheckReport report, Unit unit, MarkSheet sheet)
    {
        var items = form.Items(BlockNames.MarkSection);
        for (var i = 0; i < items.Count && i < sheet.Sections.Count; i++)
        {
            // Under the section's criteria and mark limits, in the same cell.
            var anchor = ShapedForm.Field(items[i], FieldNames.MarkLimits)?.Ancestors<Paragraph>().FirstOrDefault()
                ?? (OpenXmlElement?)ShapedForm.Field(items[i], FieldNames.SectionCriteria);
            if (anchor is null) continue;
            var paragraphs = new List<Paragraph> { ReportDocumentParts.Label("Evidence located (automatic):") };
            foreach (var ac in sheet.Sections[i].Criteria.Select(r => OwnCriterion(unit, r)).OfType<AssessmentCriterion>())
            {
                paragraphs.Add(WordElements.Para($"AC {ac.Ref}", bold: true, size: "16"));
                paragraphs.AddRange(ReportDocumentParts.EvidenceParagraphs(ReportDocumentParts.Criterion(report, ac), max: 2));
                paragraphs.AddRange(ReportDocumentParts.FindingParagraphs(report, ac.Ref).Where(p => !p.InnerText.StartsWith("Automatic findings: none", StringComparison.Ordinal)));
            }
            if (paragraphs.Count == 1) paragraphs.Add(WordElements.Para("This section names no AC of this unit.", italic: true, size: "16"));
            foreach (var paragraph in Enumerable.Reverse(paragraphs)) anchor.InsertAfterSelf(paragraph);
        }
    }

    private static IEnumerable<Paragraph> EvidenceAndFindings(CheckReport report, AssessmentCriterion ac) =>
        [ReportDocumentParts.Label("Evidence located (automatic):"),
         .. ReportDocumentParts.EvidenceParagraphs(ReportDocumentParts.Criterion(report, ac), max: 3),
         .. ReportDocumentParts.FindingParagraphs(report, ac.Ref)];

    /// <summary>A mark-sheet reference to an AC of this unit: "1.1", or "D3.03 1.1" naming this unit; another unit's AC is not this check's.</summary>
    private static AssessmentCriterion? OwnCriterion(Unit unit, string reference)
    {
        if (unit.FindCriterion(reference) is { } own) return own;
        var space = reference.IndexOf(' ');
        return space > 0 && string.Equals(reference[..space], unit.Id, StringComparison.OrdinalIgnoreCase)
            ? unit.FindCriterion(reference[(space + 1)..].Trim()) : null;
    }

    /// <summary>All the findings and warnings, after the AC rows or mark sheet.</summary>
    private static IEnumerable<OpenXmlElement> Notes(CheckReport report)
    {
        yield return WordElements.Heading("Automatic findings", 2);
        if (report.Findings.Count == 0) yield return WordElements.Para("None.");
        foreach (var finding in report.Findings)
            yield return WordElements.Para(ReportDocumentParts.Sentence(finding.Message, finding.Location), size: "18");
        if (report.Warnings.Count > 0)
        {
            yield return WordElements.Heading("Values the reader had to interpret", 2);
            foreach (var warning in report.Warnings)
                yield return WordElements.Para(ReportDocumentParts.Sentence(warning.Message, warning.Location), size: "18");
        }
        yield return new Paragraph();
    }
}
