using CoachingDocs.Core.Catalogue;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Reports;

/// <summary>
/// The auto-checked result sheet (ILM Appendix 2/6/7 layout): every AC row pre-filled with the evidence located and
/// the automatic findings, a summary box of the figures, and the Assessor feedback and Pass / Referral cells left
/// empty for the assessor. A view of the report; it judges nothing.
/// </summary>
public static class ResultSheetBuilder
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Build(CheckReport report, Unit unit, Stream output)
    {
        using var document = ReportDocumentParts.Create(output, DocumentKinds.ResultSheet, report, out var body);
        body.Append(WordElements.Heading($"Unit {report.Unit.Id} Result Sheet (auto-checked)", 1));
        body.Append(WordElements.Para(report.Unit.Title + (report.Unit.Uan is { } uan ? $" ({uan})" : ""), bold: true));
        body.Append(WordElements.Table([2000, 2800, 2000, 2800],
            WordElements.Row(WordElements.Cell("Centre Number", bold: true, shade: WordElements.BoxShade), WordElements.Cell(""),
                WordElements.Cell("Centre Name", bold: true, shade: WordElements.BoxShade), WordElements.Cell("")),
            WordElements.Row(WordElements.Cell("Learner Registration No", bold: true, shade: WordElements.BoxShade), WordElements.Cell(""),
                WordElements.Cell("Learner Name", bold: true, shade: WordElements.BoxShade), WordElements.Cell(""))));
        body.Append(WordElements.Para(
            $"Prepared automatically by CoachingDocs on {report.CheckedAt:d MMMM yyyy} from: {string.Join(", ", report.Documents.Select(d => d.FileName))}. "
            + "The evidence located and the automatic findings point the assessor to the learner's work; they are not a judgement. "
            + "In order to pass the unit every AC must receive a Pass: the Pass / Referral column is for the assessor.", italic: true, size: "18"));
        body.Append(ReportDocumentParts.SummaryBox(report));

        body.Append(WordElements.Heading("Assessment criteria", 2));
        var rows = new List<TableRow> { WordElements.HeaderRow("Assessment Criteria (AC)", "Sufficiency descriptors", "Evidence located (automatic)", "Automatic findings", "Assessor feedback on AC", "Pass / Referral") };
        foreach (var lo in unit.LearningOutcomes)
        {
            rows.Add(WordElements.Row(WordElements.Cell($"Learning Outcome {lo.Ref} {lo.Text}", bold: true, shade: WordElements.BoxShade, span: 6)));
            foreach (var ac in lo.Criteria)
            {
                var criterion = report.Criteria.FirstOrDefault(c => c.Ref == ac.Ref) ?? new ReportCriterion(ac.Ref, ac.Text, "missing", []);
                var findings = report.Findings.Where(f => f.Code == $"AC_{ac.Ref}_NO_EVIDENCE").Select(f => f.Code).ToList();
                var descriptors = string.Join("\n", new[] { ac.Referral is { } r ? "Referral: " + r : null, ac.Pass is { } p ? "Pass: " + p : null }.OfType<string>());
                rows.Add(WordElements.Row(
                    WordElements.Cell($"AC {ac.Ref}\n{ac.Text}", size: "18"),
                    WordElements.Cell(descriptors, size: "16"),
                    WordElements.Cell(ReportDocumentParts.EvidenceParagraphs(criterion)),
                    WordElements.Cell(findings.Count == 0 ? "None" : string.Join("\n", findings), size: "18"),
                    WordElements.Cell(""),
                    WordElements.Cell("")));
            }
        }
        body.Append(WordElements.Table([2300, 2700, 3600, 1700, 2800, 1400], [.. rows]));

        body.Append(WordElements.Heading("Automatic findings", 2));
        if (report.Findings.Count == 0) body.Append(WordElements.Para("None."));
        foreach (var finding in report.Findings)
            body.Append(WordElements.Para($"{finding.Code}: {finding.Message}{(finding.Location is { } at ? $" ({at})" : "")}", size: "18"));
        if (report.Warnings.Count > 0)
        {
            body.Append(WordElements.Heading("Warnings (values the reader had to interpret)", 2));
            foreach (var warning in report.Warnings)
                body.Append(WordElements.Para($"{warning.Code}: {warning.Message}{(warning.Location is { } at ? $" ({at})" : "")}", size: "18"));
        }
        body.Append(WordElements.Table([3000, 6600],
            WordElements.Row(WordElements.Cell("Assessor signature and date", bold: true, shade: WordElements.BoxShade), WordElements.Cell("")),
            WordElements.Row(WordElements.Cell("QA comments (optional)", bold: true, shade: WordElements.BoxShade), WordElements.Cell(""))));
        body.Append(ReportDocumentParts.Page(landscape: true));
    }
}
