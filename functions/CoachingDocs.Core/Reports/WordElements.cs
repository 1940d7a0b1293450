using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Reports;

/// <summary>The few WordprocessingML shapes the report views add to a form: headings, paragraphs, the bordered summary box.
/// Styles are the form's own (Heading2, FormTable), so a centre's restyled template restyles them too.</summary>
internal static class WordElements
{
    public const string HeaderShade = "D9E2F3";
    public const string BoxShade = "F2F2F2";

    public static Paragraph Heading(string text, int level) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), Run(text));

    public static Paragraph Para(string text, bool bold = false, bool italic = false, string? size = null)
    {
        var paragraph = new Paragraph();
        var lines = text.Split('\n');
        var run = new Run();
        if (bold || italic || size is not null)
        {
            var props = new RunProperties();
            if (bold) props.Append(new Bold());
            if (italic) props.Append(new Italic());
            if (size is not null) props.Append(new FontSize { Val = size });
            run.Append(props);
        }
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Table Table(int[] widths, params TableRow[] rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "FormTable" },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableCell Cell(string text, bool bold = false, string? shade = null, int span = 1, bool italic = false, string? size = null)
    {
        var props = new TableCellProperties();
        if (span > 1) props.Append(new GridSpan { Val = span });
        if (shade is not null) props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shade });
        var cell = new TableCell(props);
        cell.Append(Para(text, bold, italic, size));
        return cell;
    }
}
