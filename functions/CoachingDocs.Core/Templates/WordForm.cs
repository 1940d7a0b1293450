using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Templates;

/// <summary>
/// Small factory for the WordprocessingML the templates are made of: headings, label/field tables and tagged content
/// controls. Every field gets a visible label beside it, because the reader falls back to labels when a round trip
/// through another program loses the controls.
/// </summary>
internal static class WordForm
{
    public const int TextWidth = 9638; // A4 less 2 cm margins, in twentieths of a point
    private const string LabelShading = "DCE6F0";

    public static Paragraph Heading(string text, int level = 1) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = level == 0 ? "Title" : $"Heading{level}" }), TextRun(text));

    /// <summary>A title-styled paragraph of runs and fields (a title the generator completes).</summary>
    public static Paragraph TitleParagraph(params OpenXmlElement[] runs) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), .. runs]);

    public static Paragraph Text(string text, bool bold = false, bool italic = false) => new(TextRun(text, bold, italic));

    public static Paragraph Bullet(string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "ListBullet" }), TextRun("\u2022 " + text));

    public static Paragraph Spacer() => new();

    public static Paragraph Mixed(params OpenXmlElement[] runs) => new(runs);

    public static Run TextRun(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var props = new RunProperties();
            if (bold) props.AppendChild(new Bold());
            if (italic) props.AppendChild(new Italic());
            run.AppendChild(props);
        }
        run.AppendChild(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A field that holds free text: a block-level control around one empty paragraph, so the whole line is clickable.</summary>
    public static SdtBlock Field(string name, string label) =>
        ContentControls.Block(TagConvention.Field(name), label, new Paragraph());

    /// <summary>A field inside a sentence ("over the next [6] months").</summary>
    public static SdtRun InlineField(string name, string label, bool bold = false) =>
        ContentControls.Inline(TagConvention.Field(name), label, TextRun("", bold));

    /// <summary>A field that already reads right before the generator fills it (a title).</summary>
    public static SdtRun InlineField(string name, string label, string text) =>
        ContentControls.Inline(TagConvention.Field(name), label, TextRun(text));

    public static SdtBlock DateField(string name, string label)
    {
        var field = Field(name, label);
        field.SdtProperties!.AppendChild(new SdtContentDate(
            new DateFormat { Val = "dd/MM/yyyy" },
            new LanguageId { Val = "en-GB" },
            new SdtDateMappingType { Val = DateFormatValues.DateTime },
            new Calendar { Val = CalendarValues.Gregorian }));
        return field;
    }

    public static SdtBlock Section(string name, string alias, params OpenXmlElement[] content) =>
        ContentControls.Block(TagConvention.Section(name), alias, Led(content));

    /// <summary>
    /// A block control whose content starts with a table gets a hairline paragraph first: LibreOffice drops the shading
    /// and run formatting of the first cell (and first paragraph) of a block control that starts with a table.
    /// </summary>
    private static OpenXmlElement[] Led(OpenXmlElement[] content) =>
        content is [DocumentFormat.OpenXml.Wordprocessing.Table, ..] ? [Hairline(), .. content] : content;

    public static Paragraph Hairline() => new(new ParagraphProperties(
        new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
        new ParagraphMarkRunProperties(new FontSize { Val = "2" })));

    public static SdtRow RowSection(string name, string alias, params TableRow[] rows) =>
        ContentControls.Rows(TagConvention.Section(name), alias, rows);

    /// <summary>A Word repeating section (w15:repeatingSection) with one item; the generator clones the item per session.</summary>
    public static SdtBlock Repeating(string block, string alias, params OpenXmlElement[] itemContent)
    {
        var item = ContentControls.Block(TagConvention.RepeatingItem(block), alias, Led(itemContent));
        item.SdtProperties!.AppendChild(new SdtRepeatedSectionItem());
        var section = ContentControls.Block(TagConvention.RepeatingSection(block), alias, item);
        section.SdtProperties!.AppendChild(new SdtRepeatedSection(new SectionTitle { Val = alias }));
        return section;
    }

    /// <summary>A repeating section of table rows, as Word makes one when a table row is made repeatable.</summary>
    public static SdtRow RepeatingRows(string block, string alias, params TableRow[] itemRows)
    {
        var item = ContentControls.Rows(TagConvention.RepeatingItem(block), alias, itemRows);
        item.SdtProperties!.AppendChild(new SdtRepeatedSectionItem());
        var section = ContentControls.Rows(TagConvention.RepeatingSection(block), alias, item);
        section.SdtProperties!.AppendChild(new SdtRepeatedSection(new SectionTitle { Val = alias }));
        return section;
    }

    public static Table Table(int[] widths, params OpenXmlElement[] rows)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "FormTable" },
                new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(rows);
        return table;
    }

    /// <summary>A table row; never split across pages, so a label stays beside its answer and a rating row stays whole.</summary>
    public static TableRow Row(params TableCell[] cells) => new([new TableRowProperties(new CantSplit()), .. cells]);

    /// <summary>A row at least <paramref name="height"/> twentieths of a point tall: room to write on a printed form.</summary>
    public static TableRow TallRow(uint height, params TableCell[] cells) =>
        new([new TableRowProperties(new CantSplit(), new TableRowHeight { Val = height, HeightType = HeightRuleValues.AtLeast }), .. cells]);

    /// <summary>A header row, repeated at the top of each page the table runs onto.</summary>
    public static TableRow HeaderRow(params TableCell[] cells) =>
        new([new TableRowProperties(new CantSplit(), new TableHeader()), .. cells]);

    public static TableCell Label(string text, int span = 1) => Cell(span, LabelShading, Text(text, bold: true));

    public static TableCell Label(int span, params OpenXmlElement[] content) => Cell(span, LabelShading, content);

    public static TableCell Cell(string text, int span = 1) => Cell(span, null, Text(text));

    public static TableCell Cell(int span, string? shading, params OpenXmlElement[] content)
    {
        var props = new TableCellProperties();
        if (span > 1) props.AppendChild(new GridSpan { Val = span });
        if (shading is not null) props.AppendChild(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shading });
        var cell = new TableCell(props);
        cell.Append(content.Length == 0 ? [new Paragraph()] : content);
        return cell;
    }

    public static TableCell FieldCell(string name, string label, int span = 1) => Cell(span, null, Field(name, label));

    /// <summary>A label cell and a field cell: the ILM forms' "Client Ref/ID | ____" pattern.</summary>
    public static TableCell[] LabelledField(string name, string label, int fieldSpan = 1) =>
        [Label(label), FieldCell(name, label, fieldSpan)];

    /// <summary>A two-column question/answer table row: the question on the left, the answer field on the right.</summary>
    public static TableRow Question(string name, string question) =>
        new([new TableRowProperties(new CantSplit(), new TableRowHeight { Val = 520U, HeightType = HeightRuleValues.AtLeast }), .. LabelledField(name, question)]);

    public static TableCell EmptyCell(int span = 1) => Cell(span, null);
}
