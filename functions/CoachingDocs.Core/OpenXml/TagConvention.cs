using System.Diagnostics.CodeAnalysis;

namespace CoachingDocs.Core.OpenXml;

/// <summary>
/// The one C# implementation of the content-control tag convention (docs/tag-convention.md), shared by the generator,
/// the reader and the checker. The add-in's TypeScript twin is tested against templates/tag-convention.json.
/// Tags are <c>cd1:&lt;kind&gt;:&lt;value&gt;</c>: the version comes first so a later convention can coexist.
/// </summary>
public static class TagConvention
{
    public const string Version = "1";
    public const string Prefix = "cd1:";
    public const int MaxTagLength = 64;

    /// <summary>Namespace of the custom XML part that holds the document's identity.</summary>
    public const string IdentityNamespace = "urn:coachingdocs:identity:1";

    public const string FieldKind = "f";
    public const string RepeatingSectionKind = "r";
    public const string RepeatingItemKind = "i";
    public const string SectionKind = "s";
    public const string EvidenceKind = "ac";

    public static string Field(string name) => Make(FieldKind, name);
    public static string RepeatingSection(string block) => Make(RepeatingSectionKind, block);
    public static string RepeatingItem(string block) => Make(RepeatingItemKind, block);
    public static string Section(string name) => Make(SectionKind, name);

    /// <summary>An evidence tag for one or more ACs, e.g. <c>cd1:ac:3.1,3.2</c>.</summary>
    public static string Evidence(IEnumerable<string> criteria)
    {
        var refs = criteria.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (refs.Count == 0) throw new ArgumentException("An evidence tag needs at least one AC reference.", nameof(criteria));
        return Make(EvidenceKind, string.Join(',', refs));
    }

    /// <summary>The readable title Word shows on an evidence control.</summary>
    public static string EvidenceTitle(IEnumerable<string> criteria) => "AC " + string.Join(", ", criteria);

    public static bool TryParse(string? tag, [NotNullWhen(true)] out ParsedTag? parsed)
    {
        parsed = null;
        if (tag is null || !tag.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var rest = tag.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0 || colon == rest.Length - 1) return false;
        var kind = rest[..colon].ToString();
        var value = rest[(colon + 1)..].ToString();
        if (kind is not (FieldKind or RepeatingSectionKind or RepeatingItemKind or SectionKind or EvidenceKind)) return false;
        var criteria = kind == EvidenceKind
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        parsed = new ParsedTag(kind, value, criteria);
        return true;
    }

    private static string Make(string kind, string value)
    {
        var tag = Prefix + kind + ":" + value;
        if (tag.Length > MaxTagLength)
            throw new ArgumentException($"Tag '{tag}' is longer than Word's {MaxTagLength}-character limit.", nameof(value));
        return tag;
    }
}

/// <summary>A parsed tag: its kind (f, r, i, s, ac), its value, and for evidence tags the AC references.</summary>
public sealed record ParsedTag(string Kind, string Value, IReadOnlyList<string> Criteria)
{
    public bool IsField => Kind == TagConvention.FieldKind;
    public bool IsEvidence => Kind == TagConvention.EvidenceKind;
}
