using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Reading;
using CoachingDocs.Core.Reports;

namespace CoachingDocs.Core.Checking;

/// <summary>
/// Finds each AC's evidence: passages tagged with it, template sections that evidence it by design (the catalogue's
/// evidencedBy) and are not empty, and, where tags were lost, the text under its label or "AC x.y" heading.
/// </summary>
public static class CriterionEvidenceLocator
{
    public const int MaxExcerpt = 160;
    private const int MaxEvidencePerCriterion = 12;

    public static IReadOnlyList<ReportCriterion> Locate(Unit unit, IReadOnlyList<DocumentReading> documents, List<Finding> findings)
    {
        var passages = documents.SelectMany(d => d.Evidence).ToList();
        var criteria = new List<ReportCriterion>();
        foreach (var ac in unit.Criteria)
        {
            var designed = new HashSet<string>(ac.EvidencedBy ?? [], StringComparer.Ordinal);
            var evidence = passages
                .Where(p => p.Criteria.Contains(ac.Ref, StringComparer.OrdinalIgnoreCase) || (p.Section is { } s && designed.Contains(s)))
                .OrderBy(p => p.Source)
                .Select(p => new ReportEvidence(SourceName(p.Source), p.Location.ToString(), Excerpt(p.Text)))
                .DistinctBy(e => (e.Location, e.Excerpt)) // a generated section is also wrapped in an evidence tag: list it once
                .Take(MaxEvidencePerCriterion)
                .ToList();
            if (evidence.Count == 0)
                findings.Add(new Finding(FindingCodes.NoEvidence(ac.Ref), $"no evidence found for AC {ac.Ref} ({Excerpt(ac.Text, 90)})"));
            criteria.Add(new ReportCriterion(ac.Ref, ac.Text, evidence.Count > 0 ? "evidenced" : "missing", evidence));
        }
        return criteria;
    }

    private static string SourceName(EvidenceSource source) => source switch
    {
        EvidenceSource.Tag => "tag",
        EvidenceSource.Section => "section",
        _ => "label",
    };

    public static string Excerpt(string text, int max = MaxExcerpt)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)].TrimEnd() + "…";
    }
}
