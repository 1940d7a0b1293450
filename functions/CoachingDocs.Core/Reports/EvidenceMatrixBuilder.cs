using CoachingDocs.Core.Catalogue;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Reports;

/// <summary>
/// The filled portfolio evidence matrix (ILM Appendix 4): one row per AC with where its evidence is (document,
/// section, session, table/row) and an excerpt, so the assessor can go straight to it.
/// </summary>
public static class EvidenceMatrixBuilder
{
    public static void Build(CheckReport report, Unit unit, Stream output)
    {
        using var document = ReportDocumentParts.Create(output, DocumentKinds.PortfolioEvidenceMatrix, report, out var body);
        body.Append(WordElements.Heading($"Portfolio evidence matrix: unit {report.Unit.Id}", 1));
        body.Append(WordElements.Para(report.Unit.Title, bold: true));
        body.Append(WordElements.Para($"Filled automatically on {report.CheckedAt:d MMMM yyyy} from the learner's files; locations are where the evidence was found.", italic: true, size: "18"));
        var rows = new List<TableRow> { WordElements.HeaderRow("AC", "Assessment criterion", "Evidence (document and location)", "Found") };
        foreach (var lo in unit.LearningOutcomes)
        {
            rows.Add(WordElements.Row(WordElements.Cell($"Learning Outcome {lo.Ref} {lo.Text}", bold: true, shade: WordElements.BoxShade, span: 4)));
            foreach (var ac in lo.Criteria)
            {
                var criterion = report.Criteria.FirstOrDefault(c => c.Ref == ac.Ref) ?? new ReportCriterion(ac.Ref, ac.Text, "missing", []);
                rows.Add(WordElements.Row(
                    WordElements.Cell(ac.Ref, bold: true),
                    WordElements.Cell(ac.Text, size: "18"),
                    WordElements.Cell(ReportDocumentParts.EvidenceParagraphs(criterion, max: 6)),
                    WordElements.Cell(criterion.Status == "evidenced" ? "Yes" : "No", bold: criterion.Status != "evidenced")));
            }
        }
        body.Append(WordElements.Table([900, 4200, 7200, 1200], [.. rows]));
        body.Append(WordElements.Heading("Figures", 2));
        body.Append(ReportDocumentParts.SummaryBox(report));
        body.Append(ReportDocumentParts.Page(landscape: true));
    }
}
