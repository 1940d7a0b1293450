using CoachingDocs.Cli.Interaction;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Cli.Commands.Catalogue;

/// <summary>Writes catalogue entries as text: tables for lists, an outline for one unit.</summary>
public sealed class CatalogueView(IConsoleOutput output)
{
    public void WriteLists(QualificationCatalogue catalogue)
    {
        output.WriteHeading($"Qualifications (catalogue {catalogue.Version})");
        output.WriteTable(["Id", "Title", "Level", "Units"], catalogue.Qualifications.Select(q => (IReadOnlyList<string>)
            [q.Id, q.Title, q.Level.ToString(), string.Join(", ", q.MandatoryUnits.Concat(q.OptionalUnits ?? []))]));
        output.WriteHeading("Units");
        output.WriteTable(["Id", "UAN", "Title", "Level", "Credits", "GLH"], catalogue.Units.Select(u => (IReadOnlyList<string>)
            [u.Id, u.Uan ?? "", u.Title, u.Level.ToString(), u.Credits?.ToString() ?? "", u.Glh?.ToString() ?? ""]));
        output.WriteLine("Show one unit in full with: coachdocs catalogue UNIT");
    }

    public void WriteUnit(Unit unit)
    {
        output.WriteHeading($"{unit.Id}  {unit.Title}");
        output.WriteLine($"UAN {unit.Uan ?? "-"} · level {unit.Level} · {unit.Credits?.ToString() ?? "-"} credits · {unit.Glh?.ToString() ?? "-"} GLH · {unit.AssessmentMethod}");
        foreach (var outcome in unit.LearningOutcomes)
        {
            output.WriteLine();
            output.WriteHeading($"LO {outcome.Ref}  {outcome.Text}");
            output.WriteTable(["AC", "Criterion"], outcome.Criteria.Select(c => (IReadOnlyList<string>)[c.Ref, c.Text]));
        }
        if (unit.Rules.Count > 0)
        {
            output.WriteHeading("Rules");
            output.WriteTable(["Rule", "Value", "Notes"], unit.Rules.Select(r => (IReadOnlyList<string>)
                [r.Kind, r.ExceptionalValue is { } e ? $"{r.Value} ({e} exceptionally)" : r.Value?.ToString() ?? "", r.Text ?? ""]));
        }
        if (unit.MarkSheet is { } sheet)
        {
            output.WriteHeading($"Mark sheet: pass mark {sheet.PassMark} of {sheet.TotalMarks}");
            output.WriteTable(["Section", "Title", "Max", "Min"], sheet.Sections.Select(s => (IReadOnlyList<string>)
                [s.Id, s.Title, s.MaxMarks.ToString(), s.MinMarks.ToString()]));
        }
        output.WriteLine($"Documents: {string.Join(", ", unit.DocumentKinds)}");
    }

    public void WriteQualification(Qualification qualification, QualificationCatalogue catalogue)
    {
        output.WriteHeading($"{qualification.Id}  {qualification.Title}");
        output.WriteLine($"Level {qualification.Level} · {qualification.Credits?.ToString() ?? "-"} credits · GLH {qualification.Glh?.ToString() ?? "-"} · TQT {qualification.Tqt?.ToString() ?? "-"}");
        var rows = qualification.MandatoryUnits.Select(id => (Id: id, Kind: "mandatory"))
            .Concat((qualification.OptionalUnits ?? []).Select(id => (Id: id, Kind: "optional")))
            .Select(u => (IReadOnlyList<string>)[u.Id, catalogue.FindUnit(u.Id)?.Title ?? "", u.Kind]);
        output.WriteTable(["Unit", "Title", ""], rows);
    }
}
