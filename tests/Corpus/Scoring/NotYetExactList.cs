namespace CoachingDocs.Corpus;

/// <summary>
/// tests/Corpus/not-yet-exact.txt: the honest ratchet. One line per case known not to be exact, "NNN-name: field, field";
/// '#' starts a comment. The corpus test fails when an unlisted case is not exact, when a listed case's wrong fields are
/// not exactly those its line names (worse, or better and the line not updated), and when a listed case has become
/// exact: the list, and each line, can only shrink. `bench accuracy --ratchet` prints the file for today's reader.
/// </summary>
public sealed class NotYetExactList
{
    public const string FileName = "not-yet-exact.txt";

    private readonly Dictionary<string, IReadOnlySet<string>> _fields;

    private NotYetExactList(Dictionary<string, IReadOnlySet<string>> fields) => _fields = fields;

    public IReadOnlyCollection<string> Cases => _fields.Keys;

    public bool Lists(string caseName) => _fields.ContainsKey(caseName);

    public IReadOnlySet<string> FieldsOf(string caseName) => _fields.TryGetValue(caseName, out var f) ? f : new HashSet<string>();

    public static NotYetExactList Load(string path)
    {
        var fields = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (!File.Exists(path)) return new NotYetExactList(fields);
        foreach (var (raw, number) in File.ReadAllLines(path).Select((l, i) => (l, i + 1)))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new InvalidDataException($"{path}, line {number}: expected \"case: field, field\", got \"{line}\"");
            var names = line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            var unknown = names.Where(n => !CorpusFields.All.Contains(n)).ToList();
            if (unknown.Count > 0) throw new InvalidDataException($"{path}, line {number}: unknown field(s) {string.Join(", ", unknown)}; fields are {string.Join(", ", CorpusFields.All)}");
            fields[line[..colon].Trim()] = names;
        }
        return new NotYetExactList(fields);
    }

    public static string Line(CaseScore score) => $"{score.Case}: {string.Join(", ", score.WrongFields)}";
}
