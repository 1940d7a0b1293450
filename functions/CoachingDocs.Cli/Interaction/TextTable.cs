namespace CoachingDocs.Cli.Interaction;

/// <summary>
/// Lays a table out as lines of plain text for a console of a given width, wrapping cells at spaces only, so an id,
/// a UAN or a number is never broken across lines: a column is never narrower than its longest word. When even that
/// does not fit, each row is written as a block of "Header: value" lines instead (a word longer than the whole console
/// then runs past its edge rather than being cut).
/// </summary>
public static class TextTable
{
    private const string Gap = "  ";

    public static IReadOnlyList<string> Lines(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, int width)
    {
        width = Math.Max(width, 1);
        var columns = headers.Count;
        string Cell(IReadOnlyList<string> row, int c) => c < row.Count ? Clean(row[c]) : "";
        var natural = new int[columns];
        var minimum = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            var cells = rows.Select(r => Cell(r, c)).Append(headers[c]).ToList();
            natural[c] = cells.Max(s => s.Length);
            minimum[c] = cells.SelectMany(Words).DefaultIfEmpty("").Max(w => w.Length);
        }
        var gaps = Gap.Length * (columns - 1);
        if (minimum.Sum() + gaps > width) return [.. Blocks(headers, rows, width)];

        var widths = Distribute(natural, minimum, width - gaps);
        var lines = new List<string>();
        lines.AddRange(Row(headers, widths));
        lines.Add(string.Join(Gap, widths.Select(w => new string('─', w))).TrimEnd());
        foreach (var row in rows) lines.AddRange(Row([.. Enumerable.Range(0, columns).Select(c => Cell(row, c))], widths));
        return lines;
    }

    /// <summary>Every column at its natural width if that fits; otherwise each starts at its longest word and the room left goes to the columns that wrap most.</summary>
    private static int[] Distribute(int[] natural, int[] minimum, int room)
    {
        if (natural.Sum() <= room) return natural;
        var widths = (int[])minimum.Clone();
        var spare = room - widths.Sum();
        var wanted = natural.Select((n, c) => n - minimum[c]).ToArray();
        var totalWanted = wanted.Sum();
        for (var c = 0; c < widths.Length && totalWanted > 0; c++)
            widths[c] += (int)((long)spare * wanted[c] / totalWanted);
        // Rounding leaves a few columns of room: give them, one each, to the columns still short of their natural width.
        for (var c = 0; widths.Sum() < room && c < widths.Length; c++)
            if (widths[c] < natural[c]) widths[c]++;
        return widths;
    }

    private static IEnumerable<string> Row(IReadOnlyList<string> cells, int[] widths)
    {
        var wrapped = cells.Select((cell, c) => Wrap(cell, widths[c])).ToList();
        var height = wrapped.Max(w => w.Count);
        for (var line = 0; line < height; line++)
            yield return string.Join(Gap, wrapped.Select((w, c) => (line < w.Count ? w[line] : "").PadRight(widths[c]))).TrimEnd();
    }

    private static IEnumerable<string> Blocks(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, int width)
    {
        foreach (var row in rows)
        {
            for (var c = 0; c < headers.Count; c++)
            {
                var value = c < row.Count ? Clean(row[c]) : "";
                if (value.Length == 0) continue;
                var label = headers[c].Length > 0 ? headers[c] + ": " : "";
                // Continuation lines are indented, so they wrap two columns shorter.
                var lines = Wrap(label + value, width, Math.Max(width - 2, 1));
                for (var i = 0; i < lines.Count; i++) yield return i == 0 ? lines[i] : "  " + lines[i];
            }
            yield return "";
        }
    }

    /// <summary>Greedy word wrap at spaces; a word longer than the width stands alone on its line, whole.</summary>
    public static List<string> Wrap(string text, int width, int? laterWidth = null)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in Words(text))
        {
            if (current.Length == 0) current = word;
            else if (current.Length + 1 + word.Length <= (lines.Count == 0 ? width : laterWidth ?? width)) current += " " + word;
            else
            {
                lines.Add(current);
                current = word;
            }
        }
        lines.Add(current);
        return lines;
    }

    private static IEnumerable<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // Line breaks and tabs in catalogue text would break the layout; a cell is one paragraph.
    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
