using System.Text.RegularExpressions;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// A professional discussion record (002 Appendix 10): a table of (time, AC reference(s), summary) rows, ours or a
/// centre's own. Each row that names ACs and says what was discussed evidences those ACs: the location is the row (with
/// its time in the recording), the excerpt its summary. A row that only names ACs is a claim, like an evidence matrix's,
/// and evidences nothing; so is a blank template's empty row.
/// </summary>
internal static partial class DiscussionRecordReader
{
    public const string SectionName = "professional discussion";

    public static void Read(IReadOnlyList<WordBlock> blocks, DocumentReading reading)
    {
        foreach (var table in blocks.OfType<TableBlock>())
        {
            if (FindHeader(table) is not { } header) continue;
            foreach (var row in table.Rows.SkipWhile(r => r != header.Row).Skip(1))
            {
                var time = CellText(row, header.Time);
                var criteria = Criteria(CellText(row, header.Criteria));
                var summary = CellText(row, header.Summary);
                // A repeated header row names no AC reference, so it is skipped here like a row with nothing said.
                if (criteria.Count == 0 || summary.Length == 0) continue;
                var section = time.Length > 0 ? $"{SectionName} at {time}" : SectionName;
                reading.Evidence.Add(new EvidencePassage(criteria, null, summary,
                    new ReadLocation(reading.FileName, section, Table: table.Number, Row: row.Number), EvidenceSource.Discussion));
            }
        }
    }

    private sealed record Header(TableRowBlock Row, int Time, int Criteria, int Summary);

    /// <summary>A row (among the table's first three) with an AC column, a summary column and a time column.</summary>
    private static Header? FindHeader(TableBlock table)
    {
        foreach (var row in table.Rows.Take(3))
        {
            int? time = null, criteria = null, summary = null;
            foreach (var cell in row.Cells)
            {
                var text = cell.Text.AsSpan().Trim();
                if (text.Length is 0 or > 60) continue;
                if (time is null && TimeHeading().IsMatch(text)) time = cell.GridColumn;
                else if (criteria is null && CriteriaHeading().IsMatch(text)) criteria = cell.GridColumn;
                else if (summary is null && SummaryHeading().IsMatch(text)) summary = cell.GridColumn;
            }
            // The time column is what makes the table a discussion record rather than any AC table (an evidence matrix
            // has an AC column and titles, never times in a recording).
            if (time is { } t && criteria is { } c && summary is { } s) return new Header(row, t, c, s);
        }
        return null;
    }

    private static string CellText(TableRowBlock row, int column) =>
        row.Cells.FirstOrDefault(cell => cell.GridColumn <= column && column < cell.GridColumn + cell.Span)?.Text.Trim() ?? "";

    /// <summary>
    /// "AC 2.1", "2.1, 3.1 and 3.2", "AC1.1/1.2": every x.y reference, in order, once each. One qualified by a unit
    /// ("D3.02 2.1", "8585-301 AC 1.1") keeps its unit, so it evidences that unit's AC and no other's.
    /// </summary>
    public static IReadOnlyList<string> Criteria(string text) =>
        Reference().Matches(AcPrefix().Replace(text, " "))
            .Select(m => m.Groups["unit"].Success ? $"{m.Groups["unit"].Value} {m.Groups["ref"].Value}" : m.Groups["ref"].Value)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [GeneratedRegex(@"\bACs?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AcPrefix();

    [GeneratedRegex(@"^(time|timestamp|time ?stamp|time in (the )?recording|minute|mm:ss|elapsed)\b|^time\s*\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeHeading();

    [GeneratedRegex(@"\bac\b|\bacs\b|criteri|^ac ?ref", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CriteriaHeading();

    [GeneratedRegex(@"summary|discussed|discussion|notes|points? covered|what was said", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SummaryHeading();

    // Not part of a longer number, a date or a unit id ("D3.02", "8585.302", "1.1.2", "12.03.2025"), but may close a
    // sentence ("AC 2.1."); a unit id just before it qualifies it.
    [GeneratedRegex(@"(?:(?<unit>\b[A-Za-z]{0,2}\d+[.\-]\d{2,3})\s+)?(?<![\w.])(?<ref>\d{1,2}\.\d{1,2})(?!\w|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
