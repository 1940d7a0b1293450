using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;
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

    public static IReadOnlyList<ReportCriterion> Locate(Unit unit, IReadOnlyList<DocumentReading> documents, List<Finding> findings) =>
        Locate(unit, documents, PortfolioFacts.From(documents), findings);

    public static IReadOnlyList<ReportCriterion> Locate(Unit unit, IReadOnlyList<DocumentReading> documents, PortfolioFacts facts, List<Finding> findings)
    {
        var passages = documents.SelectMany(d => d.Evidence).Concat(RecordEvidence(unit, facts)).Concat(WrittenRecords(documents, facts)).ToList();
        var criteria = new List<ReportCriterion>();
        foreach (var ac in unit.Criteria)
        {
            var designed = new HashSet<string>(ac.EvidencedBy ?? [], StringComparer.Ordinal);
            var evidence = passages
                .Where(p => p.Criteria.Contains(ac.Ref, StringComparer.OrdinalIgnoreCase) || p.Criteria.Contains($"{unit.Id} {ac.Ref}", StringComparer.OrdinalIgnoreCase)
                    || (p.Section is { } s && Evidences(s, designed)))
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

    /// <summary>A section evidences what it is designed for, and what its record is (a session's goal is a session record).</summary>
    private static bool Evidences(string section, HashSet<string> designed) =>
        designed.Contains(section) || (SectionNames.RecordOf.TryGetValue(section, out var record) && designed.Contains(record));

    /// <summary>
    /// The sessions and supervision sessions the learner wrote in a document (not a spreadsheet's hours log): the
    /// diary's session records and the supervision records, whatever the layout called their columns. The sessions are
    /// the ones the rules count, so a blank template's printed rows (no date, no duration) are never among them.
    /// </summary>
    private static IEnumerable<EvidencePassage> WrittenRecords(IReadOnlyList<DocumentReading> documents, PortfolioFacts facts)
    {
        var written = documents.Where(d => d.Mode != ReadingMode.Spreadsheet && d.Kind != DocumentKinds.HoursLog)
            .Select(d => d.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in facts.Sessions.Where(s => written.Contains(s.Location.Document)).GroupBy(s => s.Location.Document))
            yield return new EvidencePassage([], DocumentKinds.CoachingDiary + "#" + SectionNames.SessionRecord, Count(file.Count(), "session record"),
                new ReadLocation(file.Key, file.First().Location.Section, file.First().Location.Session), EvidenceSource.Records);
        foreach (var file in facts.Supervision.Where(s => written.Contains(s.Location.Document)).GroupBy(s => s.Location.Document))
            yield return new EvidencePassage([], DocumentKinds.SupervisionRecord + "#supervision", Count(file.Count(), "supervision record"),
                new ReadLocation(file.Key, file.First().Location.Section), EvidenceSource.Records);
    }

    private static string SourceName(EvidenceSource source) => source switch
    {
        EvidenceSource.Tag => "tag",
        EvidenceSource.Section => "section",
        EvidenceSource.Records => "records",
        EvidenceSource.Discussion => "discussion",
        _ => "label",
    };

    /// <summary>
    /// An AC that is itself a unit rule ("Complete a minimum of 54 hours ... with 4 to 9 individuals": the catalogue
    /// gives the rule the AC's wording) is evidenced by the records the rule counts, one entry per file holding them.
    /// </summary>
    private static IEnumerable<EvidencePassage> RecordEvidence(Unit unit, PortfolioFacts facts)
    {
        foreach (var ac in unit.Criteria)
        {
            var kinds = unit.Rules.Where(r => string.Equals(r.Text?.Trim(), ac.Text.Trim(), StringComparison.Ordinal)).Select(r => r.Kind).ToHashSet();
            if (kinds.Overlaps([RuleKinds.MinHours, RuleKinds.MinIndividuals, RuleKinds.MaxIndividuals]))
                foreach (var file in facts.Sessions.GroupBy(s => s.Location.Document))
                {
                    var minutes = file.Sum(s => s.Minutes ?? 0);
                    var clients = file.Select(s => s.ClientRef).OfType<string>().Distinct().Count();
                    yield return new EvidencePassage([ac.Ref], null,
                        $"{Count(file.Count(), "session record")}, {RuleChecks.Figure(RuleChecks.Hours(minutes))} hours, {Count(clients, "individual")}",
                        new ReadLocation(file.Key, file.First().Location.Section, file.First().Location.Session), EvidenceSource.Records);
                }
            if (kinds.Overlaps([RuleKinds.MinSupervisionSessions, RuleKinds.MinSupervisionHours]))
                foreach (var file in facts.Supervision.GroupBy(s => s.Location.Document))
                    yield return new EvidencePassage([ac.Ref], null,
                        $"{Count(file.Count(), "supervision record")}, {RuleChecks.Figure(RuleChecks.Hours(file.Sum(s => s.Minutes ?? 0)))} hours",
                        new ReadLocation(file.Key, file.First().Location.Section), EvidenceSource.Records);
        }
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    public static string Excerpt(string text, int max = MaxExcerpt)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)].TrimEnd() + "…";
    }
}
