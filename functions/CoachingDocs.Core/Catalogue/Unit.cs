namespace CoachingDocs.Core.Catalogue;

/// <summary>One ILM unit with its learning outcomes, assessment criteria and rules, as the specification gives them.</summary>
public sealed record Unit(
    string Id,
    string? Uan,
    string Suite,
    string Title,
    int Level,
    int? Credits,
    int? Glh,
    string AssessmentMethod,
    IReadOnlyList<LearningOutcome> LearningOutcomes,
    IReadOnlyList<UnitRule> Rules,
    IReadOnlyList<string> DocumentKinds,
    MarkSheet? MarkSheet,
    string? Source)
{
    /// <summary>
    /// True when the source documents give no learning outcomes or ACs for this unit (legacy D3.04 is known only from
    /// an overview leaflet). The validator then accepts an empty list rather than anyone inventing wording.
    /// </summary>
    public bool CriteriaNotInSource { get; init; }

    /// <summary>The brief as the source prints it, where it has one (8585-300, D3.01, D3.03); else the generator builds one from the ACs.</summary>
    public AssignmentBrief? AssignmentBrief { get; init; }

    /// <summary>
    /// The unit whose assessment also assesses this one (D3.02 is marked in D3.01's combined work-based assignment). The
    /// loader gives this unit that unit's mark sheet and brief, so it is assessed by the one sheet, not a sheet of its own.
    /// </summary>
    public string? AssessedWith { get; init; }

    /// <summary>The unit as the ILM forms name it: "301" for 8585-301 ("Unit 301 - AC 3.4"), the id itself where it has no suite prefix (D3.03).</summary>
    public string FormNumber => Id.LastIndexOf('-') is var dash and > 0 ? Id[(dash + 1)..] : Id;

    public IEnumerable<AssessmentCriterion> Criteria => LearningOutcomes.SelectMany(lo => lo.Criteria);

    public AssessmentCriterion? FindCriterion(string reference) =>
        Criteria.FirstOrDefault(c => string.Equals(c.Ref, reference, StringComparison.OrdinalIgnoreCase));

    public UnitRule? FindRule(string kind) =>
        Rules.FirstOrDefault(r => string.Equals(r.Kind, kind, StringComparison.Ordinal));
}

public sealed record LearningOutcome(string Ref, string Text, IReadOnlyList<AssessmentCriterion> Criteria);

/// <summary>An AC. <see cref="EvidencedBy"/> names template sections (document kind + section) that evidence it by design.</summary>
public sealed record AssessmentCriterion(
    string Ref,
    string Text,
    string? Referral,
    string? Pass,
    IReadOnlyList<string> EvidencedBy);

/// <summary>
/// A unit rule as data: <see cref="Kind"/> names the rule (see <see cref="RuleKinds"/>), <see cref="Value"/> its figure.
/// <see cref="ExceptionalValue"/> is a relaxed limit allowed only with a recorded reason (8585-302's third individual).
/// </summary>
public sealed record UnitRule(string Kind, decimal? Value, decimal? ExceptionalValue, string? Text);

/// <summary>The legacy marks-based assessment: pass on total and every section's minimum.</summary>
public sealed record MarkSheet(string Title, int PassMark, int TotalMarks, IReadOnlyList<MarkSection> Sections);

public sealed record MarkSection(string Id, string Title, int MaxMarks, int MinMarks, IReadOnlyList<string> Criteria);
