using System.Text.RegularExpressions;

namespace CoachingDocs.Core.Catalogue;

/// <summary>Cross-checks loaded catalogue data; each problem names its file and entry.</summary>
internal static partial class CatalogueValidator
{
    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex CriterionRef();

    public static void Validate(string indexPath, IReadOnlyList<Qualification> qualifications, IReadOnlyList<(string File, Unit Unit)> units)
    {
        var unitIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, unit) in units)
        {
            Require(file, "id", !string.IsNullOrWhiteSpace(unit.Id), "is missing");
            Require(file, unit.Id, unitIds.Add(unit.Id), "is defined twice");
            Require(file, unit.Id, Path.GetFileNameWithoutExtension(file) == unit.Id, "file name must be the unit id");
            Require(file, $"{unit.Id}.title", !string.IsNullOrWhiteSpace(unit.Title), "is missing");
            if (unit.CriteriaNotInSource)
                Require(file, $"{unit.Id}.learningOutcomes", unit.LearningOutcomes is { Count: 0 }, "must be empty when criteriaNotInSource is true");
            else
                Require(file, $"{unit.Id}.learningOutcomes", unit.LearningOutcomes is { Count: > 0 }, "must list at least one learning outcome");
            var refs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var lo in unit.LearningOutcomes)
            {
                Require(file, $"{unit.Id} LO {lo.Ref}", !string.IsNullOrWhiteSpace(lo.Text), "has no wording");
                Require(file, $"{unit.Id} LO {lo.Ref}", lo.Criteria is { Count: > 0 }, "has no assessment criteria");
                foreach (var ac in lo.Criteria)
                {
                    Require(file, $"{unit.Id} AC {ac.Ref}", CriterionRef().IsMatch(ac.Ref ?? ""), "reference must look like 1.1");
                    Require(file, $"{unit.Id} AC {ac.Ref}", refs.Add(ac.Ref!), "is defined twice");
                    Require(file, $"{unit.Id} AC {ac.Ref}", !string.IsNullOrWhiteSpace(ac.Text), "has no wording");
                    foreach (var section in ac.EvidencedBy ?? [])
                        Require(file, $"{unit.Id} AC {ac.Ref} evidencedBy '{section}'",
                            section.Split('#') is [var kind, var name] && OpenXml.SectionNames.Exists(kind, name),
                            "must be '<document-kind>#<section>' naming a section listed in OpenXml/SectionNames.cs");
                }
            }
            foreach (var rule in unit.Rules ?? [])
                Require(file, $"{unit.Id} rule '{rule.Kind}'", RuleKinds.All.Contains(rule.Kind), $"unknown rule kind; known: {string.Join(", ", RuleKinds.All)}");
            foreach (var kind in unit.DocumentKinds ?? [])
                Require(file, $"{unit.Id} documentKinds '{kind}'", DocumentKinds.IsKnown(kind), $"unknown document kind; known: {string.Join(", ", DocumentKinds.All)}");
            if (unit.MarkSheet is { } sheet)
                Require(file, $"{unit.Id} markSheet", sheet.Sections is { Count: > 0 } && sheet.Sections.Sum(s => s.MaxMarks) == sheet.TotalMarks, "section marks do not add up to totalMarks");
            if (unit.AssessedWith is { } with)
            {
                var other = units.Select(u => u.Unit).FirstOrDefault(u => string.Equals(u.Id, with, StringComparison.OrdinalIgnoreCase));
                Require(file, $"{unit.Id} assessedWith", unit.MarkSheet is null, "a unit assessed with another has no markSheet of its own");
                Require(file, $"{unit.Id} assessedWith '{with}'",
                    other?.MarkSheet?.Sections.Any(s => s.Criteria.Any(c => c.StartsWith(unit.Id + " ", StringComparison.OrdinalIgnoreCase))) == true,
                    "must name a unit whose markSheet marks this unit's ACs ('<unitId> <ref>')");
            }
        }

        var qualificationIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var q in qualifications)
        {
            Require(indexPath, $"qualification {q.Id}", !string.IsNullOrWhiteSpace(q.Id) && qualificationIds.Add(q.Id), "id is missing or defined twice");
            Require(indexPath, $"qualification {q.Id}.mandatoryUnits", q.MandatoryUnits is { Count: > 0 }, "must list at least one unit");
            Require(indexPath, $"qualification {q.Id}.optionalUnits", q.OptionalUnits is not null, "is missing; use [] for none");
            foreach (var unitId in q.MandatoryUnits.Concat(q.OptionalUnits ?? []))
                Require(indexPath, $"qualification {q.Id} unit '{unitId}'", unitIds.Contains(unitId), "is not a unit in units/");
        }
    }

    /// <summary>Each brief's numbered items are ACs of its unit and each marked task names a section of the unit's mark sheet.</summary>
    public static void ValidateBriefs(IEnumerable<(string File, Unit Unit)> units)
    {
        foreach (var (file, unit) in units)
        {
            if (unit.AssignmentBrief is not { } brief) continue;
            Require(file, $"{unit.Id} assignmentBrief", !string.IsNullOrWhiteSpace(brief.Title) && !string.IsNullOrWhiteSpace(brief.Source) && brief.Tasks is { Count: > 0 },
                "needs a title, a source and at least one task");
            foreach (var task in brief.Tasks)
            {
                foreach (var item in task.Items)
                    Require(file, $"{unit.Id} assignmentBrief task '{task.Title}' item {item.Ref}", unit.FindCriterion(item.Ref) is not null, "is not an AC of the unit");
                if (task.MarkSection is { } section)
                    Require(file, $"{unit.Id} assignmentBrief task '{task.Title}' markSection '{section}'",
                        unit.MarkSheet?.Sections.Any(s => s.Id == section) == true, "is not a section of the unit's mark sheet");
            }
        }
    }

    private static void Require(string file, string entry, bool condition, string problem)
    {
        if (!condition) throw new CatalogueException(file, entry, problem);
    }
}
