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

    /// <summary>The control's text: paragraphs and line breaks become new lines, tabs become tabs.</summary>
    public static string TextOf(SdtElement sdt)
    {
        var content = ContentOf(sdt);
        if (content is null) return "";
        var paragraphs = content.Descendants<Paragraph>().ToList();
        return paragraphs.Count == 0 ? TextOfRuns(content) : string.Join("\n", paragraphs.Select(TextOfRuns));
    }

    private static string TextOfRuns(OpenXmlElement element) => string.Concat(element.Descendants().Select(e => e switch
    {
        Text t => t.Text,
        Break => "\n",
        TabChar => "\t",
        _ => "",
    }));

    /// <summary>
    /// Replaces the control's content with <paramref name="text"/>: one paragraph per line in a block or cell control, line
    /// breaks in a run control. Keeps the formatting of the first paragraph and run, so a centre's styling survives, and
    /// switches off placeholder display. Edits in place.
    /// </summary>
    public static void SetText(SdtElement sdt, string text)
    {
        sdt.SdtProperties?.GetFirstChild<ShowingPlaceholder>()?.Remove();
        var content = ContentOf(sdt) ?? throw new InvalidOperationException($"Content control '{TagOf(sdt)}' has no content element.");
        var runProperties = content.Descendants<Run>().FirstOrDefault()?.RunProperties?.CloneNode(true) as RunProperties;
        runProperties?.RemoveAllChildren<RunStyle>(); // drops the PlaceholderText style
        var lines = text.Split('\n');

        if (content is SdtContentRun)
        {
            var run = new Run();
            if (runProperties is { HasChildren: true }) run.AppendChild(runProperties);
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) run.AppendChild(new Break());
                run.AppendChild(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
            content.RemoveAllChildren();
            content.AppendChild(run);
            return;
        }

        var first = content.Descendants<Paragraph>().FirstOrDefault();
        var paragraphProperties = first?.ParagraphProperties?.CloneNode(true);
        var container = first?.Parent ?? (content is SdtContentCell cell ? cell.GetFirstChild<TableCell>() : content)
            ?? throw new InvalidOperationException($"Content control '{TagOf(sdt)}' has no place for text.");
        foreach (var old in container.Elements<Paragraph>().ToList()) old.Remove();
        var insertAt = container.ChildElements.LastOrDefault(c => c is TableCellProperties);
        foreach (var line in lines.Reverse())
        {
            var paragraph = new Paragraph();
            if (paragraphProperties is not null) paragraph.AppendChild(paragraphProperties.CloneNode(true));
            var run = new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve });
            if (runProperties is { HasChildren: true }) run.PrependChild((RunProperties)runProperties.CloneNode(true));
            paragraph.AppendChild(run);
            if (insertAt is null) container.PrependChild(paragraph); else insertAt.InsertAfterSelf(paragraph);
        }
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
