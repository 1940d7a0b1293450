using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Reports;

/// <summary>
/// The filled portfolio evidence matrix (ILM Appendix 4): the unit's matrix as the generator makes it (the centre's
/// template when it has one), each AC row filled with the evidence found (an excerpt) and where it is (document,
/// section, session, table/row), so the assessor can go straight to it; the figures follow the matrix.
/// </summary>
public static class EvidenceMatrixBuilder
{
    public static void Build(CheckReport report, Unit unit, DocumentGenerator generator, Stream output, LearnerDetails? known = null)
    {
        using var form = ShapedForm.Open(generator, DocumentKinds.PortfolioEvidenceMatrix, unit, known);
        var criteria = unit.Criteria.ToList();
        var items = form.Items(BlockNames.CriterionRow);
        for (var i = 0; i < items.Count; i++)
        {
            var named = ShapedForm.Field(items[i], FieldNames.CriterionRef) is { } refField ? ContentControls.TextOf(refField).Trim() : "";
            var ac = unit.FindCriterion(named) ?? (i < criteria.Count ? criteria[i] : null);
            if (ac is null) continue;
            var criterion = ReportDocumentParts.Criterion(report, ac);
            if (ShapedForm.Field(items[i], FieldNames.EvidenceTitles) is { } titles)
                ShapedForm.Fill(titles, criterion.Evidence.Count == 0
                    ? [.. ReportDocumentParts.FindingParagraphs(report, ac.Ref)]
                    : [.. criterion.Evidence.Take(6).Select(e => WordElements.Para($"\u201C{e.Excerpt}\u201D", size: "16")), .. More(criterion)]);
            if (ShapedForm.Field(items[i], FieldNames.EvidenceReference) is { } reference)
                ShapedForm.Fill(reference, criterion.Evidence.Count == 0
                    ? [WordElements.Para("Not found", bold: true, size: "16")]
                    : [.. criterion.Evidence.Take(6).Select(e => WordElements.Para(e.Location, size: "16"))]);
        }

        // The figures after the matrix table, before the references the learner gives.
        var matrix = items.FirstOrDefault()?.Ancestors<Table>().FirstOrDefault();
        var figures = new DocumentFormat.OpenXml.OpenXmlElement[]
        {
            new Paragraph(),
            WordElements.Para($"Filled automatically on {report.CheckedAt:d MMMM yyyy} from the learner's files; locations are where the evidence was found.", italic: true, size: "18"),
            ReportDocumentParts.SummaryBox(report),
        };
        if (matrix is not null) foreach (var element in figures.Reverse()) matrix.InsertAfterSelf(element);
        else form.Append(figures);
        form.SaveTo(output);
    }

    private static IEnumerable<Paragraph> More(ReportCriterion criterion) =>
        criterion.Evidence.Count > 6 ? [WordElements.Para($"… and {RuleNames.Count(criterion.Evidence.Count - 6, "more place")}", italic: true, size: "16")] : [];
}
