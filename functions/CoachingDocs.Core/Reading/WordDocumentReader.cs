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
    public static DocumentReading Read(SafePackage package, IReadOnlyCollection<string> knownUnitIds)
    {
        using var document = package.OpenWord();
        var main = document.MainDocumentPart
            ?? throw new UploadRejectedException(RejectCodes.EmptyDocument, package.FileName, "has no document body; it is not a usable Word document.");
        XElement body;
        using (var stream = main.GetStream(FileMode.Open, FileAccess.Read))
            body = XmlSafety.Load(stream).Root?.Element(W.Body)
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

        var blocks = WordBlockWalker.Walk(body, HeadingStyles(main));
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
        if (knownUnitIds.Count == 0) return;
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks.Take(60))
        {
            var text = block switch
            {
                ParagraphBlock p => p.Text,
                TableBlock t => string.Join(' ', t.Rows.Take(6).SelectMany(r => r.Cells).Select(c => c.Text)),
                _ => "",
            };
            foreach (var id in knownUnitIds)
                if (text.Contains(id, StringComparison.OrdinalIgnoreCase)) found.Add(id);
        }
        if (found.Count == 1)
        {
            reading.UnitId = found.First();
            reading.UnitIdSource = "unit named in the text";
        }
    }

    /// <summary>Style ids whose names are "heading n" or "Title" (ids differ between Word, LibreOffice and Google Docs).</summary>
    private static Func<string?, bool> HeadingStyles(MainDocumentPart main)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Heading1", "Heading2", "Heading3", "Heading4", "Title", "Subtitle" };
        if (main.StyleDefinitionsPart is { } stylesPart)
        {
            using var stream = stylesPart.GetStream(FileMode.Open, FileAccess.Read);
            foreach (var style in XmlSafety.Load(stream).Root?.Elements(W.Style) ?? [])
            {
                var name = style.Element(W.Name)?.Attribute(W.Val)?.Value ?? "";
                if (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase))
                    if (style.Attribute(W.StyleId)?.Value is { } id) ids.Add(id);
            }
        }
        return id => id is not null && ids.Contains(id);
    }
}
