using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Templates;

/// <summary>The templates' few named styles; a centre restyles the documents by changing these in Word.</summary>
internal static class TemplateStyles
{
    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }, new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, isDefault: true),
        Paragraph("Title", "Title", new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "32" }),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" })),
        Paragraph("Heading1", "heading 1", new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "26" }),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 0 })),
        Paragraph("Heading2", "heading 2", new StyleRunProperties(new Bold(), new Color { Val = "2F5496" }, new FontSize { Val = "22" }),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "180", After = "60" }, new OutlineLevel { Val = 1 })),
        Paragraph("Heading3", "heading 3", new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "20" }),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "40" }, new OutlineLevel { Val = 2 })),
        Paragraph("ListBullet", "List Bullet", null,
            new StyleParagraphProperties(new Indentation { Left = "360", Hanging = "240" })),
        Paragraph("Header", "header", new StyleRunProperties(new Color { Val = "595959" }, new FontSize { Val = "16" })),
        Paragraph("Footer", "footer", new StyleRunProperties(new Color { Val = "595959" }, new FontSize { Val = "16" })),
        Paragraph("Guidance", "Guidance", new StyleRunProperties(new Italic())),
        Paragraph("AcLine", "AC line", new StyleRunProperties(new Italic(), new Color { Val = "2F5496" }), new StyleParagraphProperties(new KeepNext())),
        new Style(new StyleName { Val = "Placeholder Text" }, new UIPriority { Val = 99 }, new StyleRunProperties(new Color { Val = "808080" }))
        { Type = StyleValues.Character, StyleId = "PlaceholderText" },
        new Style(
            new StyleName { Val = "Form Table" }, new BasedOn { Val = "TableNormal" }, new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "8EAADB" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "FormTable" },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });

    private static Style Paragraph(string id, string name, StyleRunProperties? run, StyleParagraphProperties? paragraph = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        else style.AppendChild(new BasedOn { Val = "Normal" });
        style.AppendChild(new PrimaryStyle());
        if (paragraph is not null) style.AppendChild(paragraph);
        if (run is not null) style.AppendChild(run);
        return style;
    }
}
