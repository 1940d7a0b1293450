using System.Collections.Concurrent;
using System.Xml.Linq;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// The text our blank templates already have inside their sections (a contract's standard terms, signature labels), per
/// document kind, so a section the learner left as it was reads as empty and only what they added counts as evidence.
/// Built once per kind from the built-in templates.
/// </summary>
internal static class TemplateBaseline
{
    private static readonly ConcurrentDictionary<string, Baseline> ByKind = new(StringComparer.Ordinal);

    internal sealed record Baseline(HashSet<string> Lines, List<string> Prefixes)
    {
        public static readonly Baseline None = new([], []);

        public bool Contains(string line) =>
            Lines.Contains(line) || Prefixes.Exists(p => line.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>The learner's own lines of <paramref name="text"/>: those the blank template of <paramref name="kind"/> does not have.</summary>
    public static string Added(string? kind, string text)
    {
        if (kind is null || text.Length == 0 || !DocumentKinds.IsKnown(kind) || kind == DocumentKinds.HoursLog) return text;
        var baseline = ByKind.GetOrAdd(kind, Load);
        return string.Join('\n', text.Split('\n').Where(line => !baseline.Contains(line)));
    }

    private static Baseline Load(string kind)
    {
        try
        {
            using var stream = new MemoryStream(TemplateStore.BuiltIn.Get(kind).Content, writable: false);
            using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
            using var part = package.MainDocumentPart!.GetStream(FileMode.Open, FileAccess.Read);
            var body = XmlSafety.Load(part).Root?.Element(W.Body);
            if (body is null) return Baseline.None;
            var lines = new HashSet<string>(StringComparer.Ordinal);
            var prefixes = new List<string>();
            foreach (var sdt in body.Descendants(W.Sdt))
            {
                if (!TagConvention.TryParse(sdt.Element(W.SdtPr)?.Element(W.Tag)?.Attribute(W.Val)?.Value, out var tag) || tag.IsField) continue;
                if (sdt.Element(W.SdtContent) is not XElement content) continue;
                foreach (var line in WordText.Of(content).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    // A personal value filled at generation time stands for anything: keep the text before it.
                    var marker = line.IndexOf('\uE000');
                    if (marker > 0) prefixes.Add(line[..marker]);
                    else if (marker < 0) lines.Add(line);
                }
            }
            return new Baseline(lines, prefixes);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Xml.XmlException or ArgumentException)
        {
            return Baseline.None; // a template that cannot be built must not stop a check; sections then count as written
        }
    }
}
