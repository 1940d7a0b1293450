namespace CoachingDocs.Core.Roster;

/// <summary>
/// A quote left open in one row of a CSV roster would otherwise swallow every row after it into one field and lose
/// them all with one problem. A quoted value may span lines (an address), but no roster value spans more than a few:
/// a quote still open after <see cref="MaxLinesInOneValue"/> lines, or at the end of the file, is unmatched. That row
/// becomes a problem and its line is blanked (row numbers stay as Excel shows them); every other row goes ahead.
/// </summary>
internal static class CsvQuoteRepair
{
    public const int MaxLinesInOneValue = 5;

    public static (string Text, IReadOnlyList<RosterProblem> Problems) Repair(string text)
    {
        var lines = text.Split('\n');
        var problems = new List<RosterProblem>();
        var i = 0;
        while (i < lines.Length)
        {
            if (Quotes(lines[i]) % 2 == 0)
            {
                i++;
                continue;
            }
            // A value opens on this line: find the line that closes it.
            var close = -1;
            for (var j = i + 1; j < lines.Length && j - i < MaxLinesInOneValue; j++)
                if (Quotes(lines[j]) % 2 == 1)
                {
                    close = j;
                    break;
                }
            if (close >= 0)
            {
                i = close + 1;
                continue;
            }
            problems.Add(new RosterProblem(i + 1, null, "has a quote (\") that is never closed; the row was skipped, the rows after it were read"));
            lines[i] = lines[i].EndsWith('\r') ? "\r" : "";
            i++;
        }
        return (problems.Count == 0 ? text : string.Join('\n', lines), problems);
    }

    private static int Quotes(string line) => line.Count(c => c == '"');
}
