using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.OpenXml;

/// <summary>
/// Finding and making Word content controls by their convention tag. Works on all four kinds of control (block, run,
/// row, cell) through <see cref="SdtElement"/>, so a centre that moves a field into a table cell does not break anything.
/// </summary>
public static class ContentControls
{
    public static string? TagOf(SdtElement sdt) => sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    public static IEnumerable<SdtElement> All(OpenXmlElement root) => root.Descendants<SdtElement>();

    public static IEnumerable<SdtElement> WithTag(OpenXmlElement root, string tag) =>
        root.Descendants<SdtElement>().Where(s => TagOf(s) == tag);

    public static bool IsRepeatingSection(SdtElement sdt) => sdt.SdtProperties?.GetFirstChild<SdtRepeatedSection>() is not null;

    public static bool IsRepeatingItem(SdtElement sdt) => sdt.SdtProperties?.GetFirstChild<SdtRepeatedSectionItem>() is not null;

    /// <summary>The element holding the control's content (sdtContent), whichever level the control is at.</summary>
    public static OpenXmlElement? ContentOf(SdtElement sdt) => sdt.ChildElements.FirstOrDefault(c => c.LocalName == "sdtContent");

    /// <summary>The control's text: its <c>w:t</c> elements joined, paragraphs separated by new lines.</summary>
    public static string TextOf(SdtElement sdt)
    {
        var content = ContentOf(sdt);
        if (content is null) return "";
        var paragraphs = content.Descendants<Paragraph>().ToList();
        return paragraphs.Count == 0
            ? string.Concat(content.Descendants<Text>().Select(t => t.Text))
            : string.Join("\n", paragraphs.Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
    }

    /// <summary>
    /// Replaces the control's content with one run of <paramref name="text"/> (new lines become line breaks), keeping the formatting of the first
    /// paragraph and run so a centre's styling survives, and switches off placeholder display. Edits in place.
    /// </summary>
    public static void SetText(SdtElement sdt, string text)
    {
        sdt.SdtProperties?.GetFirstChild<ShowingPlaceholder>()?.Remove();
        var content = ContentOf(sdt) ?? throw new InvalidOperationException($"Content control '{TagOf(sdt)}' has no content element.");
        var firstRun = content.Descendants<Run>().FirstOrDefault();
        var runProperties = firstRun?.RunProperties?.CloneNode(true) as RunProperties;
        runProperties?.RemoveAllChildren<RunStyle>(); // drops the PlaceholderText style
        var run = new Run();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.AppendChild(new Break());
            run.AppendChild(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        if (runProperties is { HasChildren: true }) run.PrependChild(runProperties);

        switch (content)
        {
            case SdtContentRun:
                content.RemoveAllChildren();
                content.AppendChild(run);
                break;
            case SdtContentCell cell:
                SetParagraphText(cell.Descendants<Paragraph>().FirstOrDefault(), run, () => cell.GetFirstChild<TableCell>()!);
                break;
            default:
                SetParagraphText(content.Descendants<Paragraph>().FirstOrDefault(), run, () => content);
                break;
        }
    }

    private static void SetParagraphText(Paragraph? paragraph, Run run, Func<OpenXmlElement> container)
    {
        if (paragraph is null)
        {
            container().AppendChild(new Paragraph(run));
            return;
        }
        foreach (var other in paragraph.Parent!.Elements<Paragraph>().Where(p => p != paragraph).ToList()) other.Remove();
        foreach (var child in paragraph.ChildElements.Where(c => c is not ParagraphProperties).ToList()) child.Remove();
        paragraph.AppendChild(run);
    }

    /// <summary>Wraps the given content in a content control with the given tag and the title Word shows.</summary>
    public static SdtBlock Block(string tag, string alias, params OpenXmlElement[] content) =>
        new(Properties(tag, alias), new SdtContentBlock(content));

    public static SdtRun Inline(string tag, string alias, params OpenXmlElement[] content) =>
        new(Properties(tag, alias), new SdtContentRun(content));

    public static SdtRow Rows(string tag, string alias, params OpenXmlElement[] rows) =>
        new(Properties(tag, alias), new SdtContentRow(rows));

    public static SdtProperties Properties(string tag, string alias) =>
        new(new SdtAlias { Val = alias }, new Tag { Val = tag });

    /// <summary>The evidence control for ACs: tag <c>cd1:ac:1.1,1.2</c>, title <c>AC 1.1, 1.2</c>.</summary>
    public static SdtProperties EvidenceProperties(IReadOnlyList<string> criteria) =>
        Properties(TagConvention.Evidence(criteria), TagConvention.EvidenceTitle(criteria));
}
