using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Reports;

/// <summary>
/// The generator's form for one unit (the centre's own template when it has one), open for the report views to fill.
/// Starting from the form rather than building a document keeps the centre's layout and styles in the auto-checked copy.
/// </summary>
internal sealed class ShapedForm : IDisposable
{
    private readonly MemoryStream _buffer;
    private readonly WordprocessingDocument _document;

    private ShapedForm(MemoryStream buffer)
    {
        _buffer = buffer;
        _document = WordprocessingDocument.Open(buffer, isEditable: true);
        Body = _document.MainDocumentPart?.Document.Body ?? throw new InvalidDataException("The shaped form has no body.");
    }

    public Body Body { get; }

    /// <summary>
    /// The unit's form of a kind with the learner details the caller knows (the report itself holds none); a field with
    /// no known value stays empty.
    /// </summary>
    public static ShapedForm Open(DocumentGenerator generator, string kind, Unit unit, LearnerDetails? known)
    {
        var buffer = new MemoryStream();
        generator.WriteUnitDocument(kind, unit, known ?? new LearnerDetails(), buffer);
        buffer.Position = 0;
        return new ShapedForm(buffer);
    }

    /// <summary>The items of a repeating block (one per AC, per mark section ...), in document order.</summary>
    public IReadOnlyList<SdtElement> Items(string block) => ContentControls.WithTag(Body, TagConvention.RepeatingItem(block)).ToList();

    public static SdtElement? Field(OpenXmlElement within, string name) => ContentControls.WithTag(within, TagConvention.Field(name)).FirstOrDefault();

    /// <summary>Puts content before <paramref name="anchor"/>, or at the end of the body when the centre's form has no such place.</summary>
    public void InsertBefore(SdtElement? anchor, params OpenXmlElement[] elements)
    {
        foreach (var element in elements)
        {
            if (anchor is not null) anchor.InsertBeforeSelf(element);
            else Append(element);
        }
    }

    /// <summary>Appends to the body, before its final section properties.</summary>
    public void Append(params OpenXmlElement[] elements)
    {
        var last = Body.GetFirstChild<SectionProperties>();
        foreach (var element in elements)
        {
            if (last is not null) last.InsertBeforeSelf(element);
            else Body.Append(element);
        }
    }

    /// <summary>
    /// Replaces a field's content with paragraphs, keeping the field's paragraph formatting, and stops it showing its
    /// placeholder. A run-level field (a centre may have one inline) gets the paragraphs' text as lines.
    /// </summary>
    public static void Fill(SdtElement field, IReadOnlyList<Paragraph> paragraphs)
    {
        var content = ContentControls.ContentOf(field) ?? throw new InvalidOperationException($"Content control '{ContentControls.TagOf(field)}' has no content element.");
        if (content is SdtContentRun)
        {
            ContentControls.SetText(field, string.Join("\n", paragraphs.Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))));
            return;
        }
        field.SdtProperties?.GetFirstChild<ShowingPlaceholder>()?.Remove();
        var first = content.Descendants<Paragraph>().FirstOrDefault();
        var container = first?.Parent ?? (content is SdtContentCell cell ? cell.GetFirstChild<TableCell>() : content)
            ?? throw new InvalidOperationException($"Content control '{ContentControls.TagOf(field)}' has no place for text.");
        var properties = first?.ParagraphProperties;
        foreach (var old in container.Elements<Paragraph>().ToList()) old.Remove();
        // LibreOffice drops the direct formatting of a block control's first paragraph (the 8 pt evidence came out at
        // 10 pt): a first paragraph with no text and no height takes that loss instead.
        container.AppendChild(new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
            new ParagraphMarkRunProperties(new FontSize { Val = "2" }))));
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.ParagraphProperties is null && properties is not null) paragraph.PrependChild((ParagraphProperties)properties.CloneNode(true));
            container.AppendChild(paragraph);
        }
    }

    public void SaveTo(Stream output)
    {
        // Word 2010's spelled-out table look attributes repeat the bits of w:val; without them the sheet also validates
        // as Office 2007, which the check's callers ask of it.
        foreach (var look in Body.Descendants<TableLook>())
        {
            look.Val ??= (Bit(look.FirstRow, 0x20) | Bit(look.LastRow, 0x40) | Bit(look.FirstColumn, 0x80) | Bit(look.LastColumn, 0x100)
                | Bit(look.NoHorizontalBand, 0x200) | Bit(look.NoVerticalBand, 0x400)).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
            look.FirstRow = look.LastRow = look.FirstColumn = look.LastColumn = look.NoHorizontalBand = look.NoVerticalBand = null;
        }
        _document.MainDocumentPart!.Document.Save();
        _document.Dispose();
        _buffer.Position = 0;
        _buffer.CopyTo(output);
    }

    private static int Bit(DocumentFormat.OpenXml.OnOffValue? value, int bit) => value?.Value == true ? bit : 0;

    public void Dispose()
    {
        _document.Dispose();
        _buffer.Dispose();
    }
}
