using System.Collections.Concurrent;
using System.Xml.Linq;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// The text our blank templates already print (a contract's standard terms, signature labels, guidance), per document
/// kind, so a section the learner left as it was reads as empty and only what they added counts as evidence. Built once
/// per kind from the built-in templates, from every printed line of the body outside the answer fields, not only the
/// lines inside sections: a pack made by an earlier version of a form may have a printed line inside a section that the
/// current form prints just above it ("Some essential information is provided below ..."). Lines are compared with
/// their spacing, case and closing full stop or colon ignored, as forms' versions differ in those.
/// </summary>
internal static class TemplateBaseline
{
    // Per kind, the printed lines as compared (Key), case ignored.
    private static readonly ConcurrentDictionary<string, HashSet<string>> ByKind = new(StringComparer.Ordinal);

    /// <summary>A printed line as compared: spacing collapsed, the closing full stop, colon or semicolon dropped.</summary>
    internal static string Key(string line) =>
        string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ':', ';', ' ');

    /// <summary>The learner's own lines of <paramref name="text"/>: those the blank template of <paramref name="kind"/> does not have.</summary>
    public static string Added(string? kind, string text)
    {
        // Stryker disable once Logical : an unknown kind has no template, so Load's catch would give it an empty baseline: the same answer
        if (kind is null || !DocumentKinds.IsKnown(kind) || kind == DocumentKinds.HoursLog) return text;
        var printed = ByKind.GetOrAdd(kind, Load);
        return string.Join('\n', text.Split('\n').Where(line => !printed.Contains(Key(line))));
    }

    private static HashSet<string> Load(string kind)
    {
        try
        {
            // Stryker disable once Boolean : the package is opened read-only, so nothing writes to the stream either way
            using var stream = new MemoryStream(TemplateStore.BuiltIn.Get(kind).Content, writable: false);
            using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
            using var part = package.MainDocumentPart!.GetStream(FileMode.Open, FileAccess.Read);
            var body = XmlSafety.Load(part).Root?.Element(W.Body);
            var lines = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (body is null) return lines;
            // The printed text is the body without its answer fields (what a field holds in a blank template, a
            // pre-filled session number or a placeholder, must not hide what a learner writes elsewhere).
            var printed = new XElement(body);
            // Stryker disable once Statement : today's built-in templates leave every field empty, so removing them changes no line
            printed.Descendants(W.Sdt)
                .Where(sdt => TagConvention.TryParse(sdt.Element(W.SdtPr)?.Element(W.Tag)?.Attribute(W.Val)?.Value, out var tag) && tag.IsField)
                .ToList().ForEach(field => field.Remove());
            // Personal values (a learner's name, a client reference) are only ever in answer fields, so every line left is
            // the form's own wording.
            foreach (var line in WordText.Of(printed).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                if (Key(line) is { Length: > 0 } key) lines.Add(key);
            return lines;
        }
        // Stryker disable once Equality,Logical : the built-in templates always build (TemplateBuilder's tests); this is for a broken build
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Xml.XmlException or ArgumentException)
        {
            return []; // a template that cannot be built must not stop a check; sections then count as written
        }
    }
}
