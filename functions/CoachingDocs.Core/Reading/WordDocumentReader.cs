using System.Xml.Linq;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Core.Reading;

/// <summary>
/// Reads one Word document: its identity, then either its tags or (when it has none) its labels and free text, and
/// always its evidence tags. XML parts are parsed with <see cref="XmlSafety"/>, never the SDK's own DOM, which is both
/// safer and several times faster for what the reader needs.
/// </summary>
public static class WordDocumentReader
{
    /// <summary>
    /// Reads <paramref name="package"/>; its body and styles are parsed here in one pass with the opener's refusals
    /// (<see cref="XmlSafety.LoadPart"/>), so the opener may leave them unscanned (<see cref="XmlPartsScan.AllButWordBody"/>).
    /// <paramref name="cancellation"/> is honoured while parsing and between the reading steps.
    /// </summary>
    public static DocumentReading Read(SafePackage package, IReadOnlyCollection<string> knownUnitIds, CancellationToken cancellation = default)
    {
        using var document = package.OpenWord();
        var main = document.MainDocumentPart
            ?? throw new UploadRejectedException(RejectCodes.EmptyDocument, package.FileName, "has no document body; it is not a usable Word document.");
        XElement body;
        using (var stream = main.GetStream(FileMode.Open, FileAccess.Read))
            body = XmlSafety.LoadPart(stream, package.FileName, PartName(main), package.Limits, cancellation).Root?.Element(W.Body)
                ?? throw new UploadRejectedException(RejectCodes.EmptyDocument, package.FileName, "has no document body; it is not a usable Word document.");

        var reading = new DocumentReading { FileName = package.FileName };
        if (package.MacroEnabled)
            reading.Warnings.Add(new ReadWarning(WarningCodes.MacrosIgnored, "macro-enabled file: its text was read, its macros were neither opened nor run", new ReadLocation(package.FileName)));

        var identity = IdentityReader.Read(main.CustomXmlParts);
        if (identity is not null)
        {
            reading.Kind = identity.Kind;
            reading.UnitId = identity.UnitId;
            reading.UnitIdSource = "document identity";
        }

        var blocks = WordBlockWalker.Walk(body, HeadingStyles(main, package, cancellation), cancellation, out var cutFields);
        foreach (var at in cutFields)
            reading.Warnings.Add(new ReadWarning(WarningCodes.FieldCut,
                $"text longer than {WordText.MaxFieldChars / 1024} K characters: only its first {WordText.MaxFieldChars / 1024} K were read", at with { Document = package.FileName }));
        // Stryker disable once Statement : the token was looked at while the body was parsed and walked; this look only makes a cancellation between steps noticed sooner
        cancellation.ThrowIfCancellationRequested();
        if (!blocks.Any(b => b is ParagraphBlock || b is TableBlock t && t.Rows.Any(r => r.Cells.Any(c => c.Text.Length > 0))))
            throw new UploadRejectedException(RejectCodes.EmptyDocument, package.FileName, "has no text at all; is it the right file?");

        reading.Kind ??= DetectKind(blocks);
        if (TaggedReader.HasStructureTags(body))
        {
            reading.Mode = ReadingMode.Tags;
            TaggedReader.Read(body, reading, reading.Kind);
            if (reading.Marks.Count == 0) LabelReader.ReadMarks(blocks, reading);
        }
        else
        {
            reading.Mode = LabelReader.Read(blocks, reading, reading.Kind);
            if (identity is null)
                reading.Warnings.Add(new ReadWarning(WarningCodes.UnidentifiedDocument,
                    $"no CoachingDocs tags: read by its {(reading.Mode == ReadingMode.FreeText ? "headings and free text" : "form labels")}", new ReadLocation(package.FileName)));
        }
        // Stryker disable once Statement : the token was looked at while the body was parsed and walked; this look only makes a cancellation between steps noticed sooner
        cancellation.ThrowIfCancellationRequested();
        if (reading.Mode != ReadingMode.Tags) TaggedReader.ReadEvidence(body, reading);
        DiscussionRecordReader.Read(blocks, reading);
        if (reading.UnitId is null) DetectUnit(blocks, knownUnitIds, reading);
        return reading;
    }

    /// <summary>The first form title in the document, or a diary when sessions are written as headings.</summary>
    private static string? DetectKind(IReadOnlyList<WordBlock> blocks) =>
        blocks.OfType<ParagraphBlock>().Select(p => FormLabels.FormFromTitle(p.Text)).FirstOrDefault(k => k is not null);

    /// <summary>A unit id (as the catalogue writes it) that is the only one the text mentions.</summary>
    private static void DetectUnit(IReadOnlyList<WordBlock> blocks, IReadOnlyCollection<string> knownUnitIds, DocumentReading reading)
    {
        // Stryker disable once Statement : with no unit ids the search finds nothing and the reading is left as it is
        if (knownUnitIds.Count == 0) return;
        // One multi-string search over each text instead of one case-insensitive Contains per unit id: with a
        // catalogue of dozens of units that loop was a sixth of a check's time.
        var (ids, search) = UnitIdSearch(knownUnitIds);
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks.Take(60))
        {
            var text = block switch
            {
                ParagraphBlock p => p.Text,
                TableBlock t => string.Join(' ', t.Rows.Take(6).SelectMany(r => r.Cells).Select(c => c.Text)),
                // Stryker disable once String : the walker makes only paragraphs and tables
                _ => "",
            };
            var rest = text.AsSpan();
            for (var at = rest.IndexOfAny(search); at >= 0; at = rest.IndexOfAny(search))
            {
                rest = rest[at..];
                foreach (var id in ids)
                    if (rest.StartsWith(id, StringComparison.OrdinalIgnoreCase)) found.Add(id);
                rest = rest[1..];
            }
        }
        if (found.Count == 1)
        {
            // Stryker disable once Linq : found holds exactly one id here
            reading.UnitId = found.First();
            reading.UnitIdSource = "unit named in the text";
        }
    }

    /// <summary>The last catalogue's ids and their search, kept: building the search costs more than using it.</summary>
    private static UnitIdSearcher? _unitIdSearch;

    private sealed record UnitIdSearcher(string[] Ids, System.Buffers.SearchValues<string> Search);

    private static UnitIdSearcher UnitIdSearch(IReadOnlyCollection<string> knownUnitIds)
    {
        if (_unitIdSearch is { } last && last.Ids.SequenceEqual(knownUnitIds, StringComparer.Ordinal)) return last;
        var ids = knownUnitIds.ToArray();
        var built = new UnitIdSearcher(ids, System.Buffers.SearchValues.Create(ids, StringComparison.OrdinalIgnoreCase));
        _unitIdSearch = built;
        return built;
    }

    /// <summary>Style ids whose names are "heading n" or "Title" (ids differ between Word, LibreOffice and Google Docs).</summary>
    private static Func<string?, bool> HeadingStyles(MainDocumentPart main, SafePackage package, CancellationToken cancellation)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Heading1", "Heading2", "Heading3", "Heading4", "Title", "Subtitle" };
        if (main.StyleDefinitionsPart is { } stylesPart)
        {
            using var stream = stylesPart.GetStream(FileMode.Open, FileAccess.Read);
            // Stryker disable once NullCoalescing : XDocument.Load refuses a part without a root element, so Root is never null here
            foreach (var style in XmlSafety.LoadPart(stream, package.FileName, PartName(stylesPart), package.Limits, cancellation).Root?.Elements(W.Style) ?? [])
            {
                // Stryker disable once String : a style without a name is neither "heading n" nor "Title", whatever it is called instead
                var name = style.Element(W.Name)?.Attribute(W.Val)?.Value ?? "";
                if (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase))
                    if (style.Attribute(W.StyleId)?.Value is { } id) ids.Add(id);
            }
        }
        return id => id is not null && ids.Contains(id);
    }

    /// <summary>"word/document.xml": the part's name as the zip and the opener's messages spell it.</summary>
    private static string PartName(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');
}
