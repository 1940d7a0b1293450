using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Reading;
using CoachingDocs.Core.Reports;

namespace CoachingDocs.Core.Checking;

/// <summary>
/// The legacy marks-based units' arithmetic: section marks read from a filled mark sheet are matched to the
/// catalogue's sections (by maximum, in order), added up, compared with the stated total, each section's minimum and
/// the pass mark. It reports figures; the outcome stays the assessor's.
/// </summary>
public static class MarkSheetCheck
{
    public static ReportMarks? Evaluate(MarkSheet? sheet, IReadOnlyList<DocumentReading> documents, List<Finding> findings)
    {
        if (sheet is null) return null;
        var entries = documents.SelectMany(d => d.Marks).ToList();
        if (entries.Count == 0) return null; // no mark sheet among the files: nothing to add up
        var unused = new List<MarkEntry>(entries);
        var sections = new List<ReportMarkSection>();
        foreach (var section in sheet.Sections)
        {
            var entry = unused.FirstOrDefault(e => e.MaxMarks == section.MaxMarks);
            if (entry is not null) unused.Remove(entry);
            sections.Add(new ReportMarkSection(section.Title, entry?.Awarded, section.MaxMarks, section.MinMarks, entry?.Location.ToString() ?? ""));
            if (entry is null)
                findings.Add(new Finding(FindingCodes.MarksMissing, $"no mark found for section \"{section.Title}\" (out of {section.MaxMarks})"));
            else if (entry.Awarded < section.MinMarks)
                findings.Add(new Finding(FindingCodes.MarksSectionBelowMinimum,
                    $"section \"{section.Title}\": {entry.Awarded}/{section.MaxMarks}, below its minimum of {section.MinMarks}", entry.Location.ToString()));
        }
        var awarded = sections.Sum(s => s.Awarded ?? 0);
        var stated = documents.Select(d => d.StatedTotalMarks).FirstOrDefault(t => t is not null);
        if (stated is { } total && total != awarded)
            findings.Add(new Finding(FindingCodes.MarksTotalMismatch, $"the mark sheet's total says {total} but its section marks add up to {awarded}"));
        if (awarded < sheet.PassMark)
            findings.Add(new Finding(FindingCodes.MarksBelowPassMark, $"section marks add up to {awarded}, below the pass mark of {sheet.PassMark}"));
        return new ReportMarks(sheet.TotalMarks, sheet.PassMark, awarded, stated, sections);
    }
}
