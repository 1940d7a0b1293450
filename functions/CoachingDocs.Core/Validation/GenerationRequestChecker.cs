using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;

namespace CoachingDocs.Core.Validation;

/// <summary>
/// Checks a generation request against the catalogue and the learner rules before anything is generated, so the Api and
/// the Cli refuse the same requests with the same words. Each caller passes the names its users know a field by
/// (a JSON property, a route value, a command-line option).
/// </summary>
public static class GenerationRequestChecker
{
    public sealed record FieldNames(string Kind = "kind", string Unit = "unit", string Qualification = "qualification");

    public static IReadOnlyList<InputProblem> CheckDocument(
        QualificationCatalogue catalogue, string? kind, string? unitId, string? qualificationId, LearnerDetails learner, FieldNames? names = null)
    {
        names ??= new FieldNames();
        var problems = new List<InputProblem>();
        if (string.IsNullOrWhiteSpace(kind))
            problems.Add(new InputProblem(names.Kind, "is required"));
        else if (!DocumentKinds.IsKnown(kind))
            problems.Add(new InputProblem(names.Kind, $"'{Shorten(kind)}' is not a document kind; known kinds: {string.Join(", ", DocumentKinds.All)}"));
        var unit = CheckUnit(catalogue, unitId, names, problems);
        if (unit is not null && kind is not null && DocumentKinds.IsKnown(kind) && !unit.DocumentKinds.Contains(kind, StringComparer.Ordinal))
            problems.Add(new InputProblem(names.Kind, $"'{kind}' is not a document of unit {unit.Id}; its documents are: {string.Join(", ", unit.DocumentKinds)}"));
        CheckQualificationOfUnit(catalogue, qualificationId, unit, names, problems);
        problems.AddRange(LearnerDetailsValidator.Validate(learner));
        return problems;
    }

    public static IReadOnlyList<InputProblem> CheckUnitPack(
        QualificationCatalogue catalogue, string? unitId, string? qualificationId, LearnerDetails learner, FieldNames? names = null)
    {
        names ??= new FieldNames();
        var problems = new List<InputProblem>();
        var unit = CheckUnit(catalogue, unitId, names, problems);
        CheckQualificationOfUnit(catalogue, qualificationId, unit, names, problems);
        problems.AddRange(LearnerDetailsValidator.Validate(learner));
        return problems;
    }

    public static IReadOnlyList<InputProblem> CheckQualificationPack(
        QualificationCatalogue catalogue, string? qualificationId, LearnerDetails learner, FieldNames? names = null)
    {
        names ??= new FieldNames();
        var problems = new List<InputProblem>();
        if (string.IsNullOrWhiteSpace(qualificationId))
            problems.Add(new InputProblem(names.Qualification, "is required"));
        else if (catalogue.FindQualification(qualificationId) is null)
            problems.Add(new InputProblem(names.Qualification, $"'{Shorten(qualificationId)}' is not a qualification in the catalogue"));
        problems.AddRange(LearnerDetailsValidator.Validate(learner));
        return problems;
    }

    private static Unit? CheckUnit(QualificationCatalogue catalogue, string? unitId, FieldNames names, List<InputProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(unitId))
        {
            problems.Add(new InputProblem(names.Unit, "is required"));
            return null;
        }
        var unit = catalogue.FindUnit(unitId);
        if (unit is null)
            problems.Add(new InputProblem(names.Unit, $"'{Shorten(unitId)}' is not a unit in the catalogue"));
        return unit;
    }

    private static void CheckQualificationOfUnit(
        QualificationCatalogue catalogue, string? qualificationId, Unit? unit, FieldNames names, List<InputProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(qualificationId)) return;
        var qualification = catalogue.FindQualification(qualificationId);
        if (qualification is null)
            problems.Add(new InputProblem(names.Qualification, $"'{Shorten(qualificationId)}' is not a qualification in the catalogue"));
        else if (unit is not null && !qualification.MandatoryUnits.Concat(qualification.OptionalUnits ?? []).Contains(unit.Id, StringComparer.OrdinalIgnoreCase))
            problems.Add(new InputProblem(names.Qualification, $"{qualification.Id} does not include unit {unit.Id}"));
    }

    // An id echoed back in a message is cut short and stripped of control characters: it may be anything a user typed.
    private static string Shorten(string value)
    {
        var clean = new string(value.Where(c => !char.IsControl(c)).Take(40).ToArray());
        return value.Length > 40 ? clean + "…" : clean;
    }
}
