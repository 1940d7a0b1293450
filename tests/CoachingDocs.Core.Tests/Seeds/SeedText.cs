using System.Text.RegularExpressions;

namespace CoachingDocs.Core.Tests.Seeds;

/// <summary>
/// The ILM specification seeds, read as the forms print them: a form is the text from its heading line to the next heading, a line per paragraph,
/// each table cell (tab-separated in the seed text) on its own.
/// </summary>
internal static partial class SeedText
{
    public const string Handbook8585 = "002_282badf7a99fdcdb.txt";

    /// <summary>
    /// The copy of the seeds committed in tests/Seeds: a clean clone has no ../shared beside it, and a test that cannot find
    /// its source of truth must not pass or skip. SeedCopyTests holds the copy to its checksums and to ../shared/seeds.
    /// </summary>
    public static string Folder()
    {
        var folder = Path.Combine(TemplateFiller.RepoRoot(), "tests", "Seeds");
        if (!File.Exists(Path.Combine(folder, Handbook8585)))
            throw new InvalidOperationException($"the seeds ({Handbook8585}) are missing from {folder}");
        return folder;
    }

    /// <summary>The team's shared seeds folder (../shared/seeds above the repository), when this machine has one.</summary>
    public static string? SharedFolder()
    {
        for (var dir = new DirectoryInfo(TemplateFiller.RepoRoot()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (File.Exists(Path.Combine(candidate, Handbook8585))) return candidate;
        }
        return null;
    }

    /// <summary>The cells and paragraphs of the form headed <paramref name="heading"/>, up to <paramref name="end"/> (a later line's start).</summary>
    public static IReadOnlyList<string> Form(string file, string heading, string end, bool joinCells = false)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder(), file)).Select(l => Bookmark().Replace(l, "")).ToList();
        var start = lines.FindIndex(l => Normalise(l) == Normalise(heading));
        if (start < 0) throw new InvalidOperationException($"{file} has no line '{heading}'");
        var stop = lines.FindIndex(start + 1, l => Normalise(l).StartsWith(Normalise(end), StringComparison.Ordinal));
        if (stop < 0) throw new InvalidOperationException($"{file} has no line starting '{end}' after '{heading}'");
        return lines.Skip(start + 1).Take(stop - start - 1)
            .SelectMany(l => joinCells ? [l] : l.Split('\t')).Select(Normalise).Where(c => c.Length > 0).ToList();
    }

    /// <summary>Typographic quotes and dashes as plain ones, runs of spaces as one, a fill-in line ("date____") and a bullet glyph dropped.</summary>
    public static string Normalise(string text)
    {
        text = text.TrimStart().TrimStart('\u00B7', '\u2022').TrimStart();
        var plain = text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u2013', '-').Replace('\u00A0', ' ');
        return Spaces().Replace(FillIn().Replace(plain, ""), " ").Trim();
    }

    [GeneratedRegex(@"\[bookmark: [^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"_{3,}$")]
    private static partial Regex FillIn();
}
