using System.Globalization;
using System.Text;
using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Reports;

/// <summary>What the result sheet and evidence matrix share: the package skeleton (styles, A4, identity part) and figures.</summary>
internal static class ReportDocumentParts
{
    public static WordprocessingDocument Create(Stream output, string kind, CheckReport report, out Body body)
    {
        var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles();
        body = new Body();
        main.Document = new Document(body);
        var identity = main.AddCustomXmlPart(CustomXmlPartType.CustomXml);
        using (var stream = identity.GetStream(FileMode.Create))
        {
            var xml = $"<identity xmlns=\"{TagConvention.IdentityNamespace}\"><kind>{kind}</kind><unit>{System.Security.SecurityElement.Escape(report.Unit.Id)}</unit><templateVersion>check-{report.SchemaVersion}</templateVersion></identity>";
            stream.Write(Encoding.UTF8.GetBytes(xml));
        }
        return document;
    }

    /// <summary>A4 portrait or landscape, 2 cm margins.</summary>
    public static SectionProperties Page(bool landscape) => new(
        landscape
            ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 708, Footer = 708, Gutter = 0 });

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Minutes(int minutes) => $"{Hours(Math.Round(minutes / 60m, 2))} h ({minutes} min)";

    private static Styles Styles()
    {
        static Style Heading(int level, string size) => new(
            new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "20" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "252", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading(1, "32"), Heading(2, "26"),
            new Style(new StyleName { Val = "Table Grid" }, new StyleTableProperties(new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableGrid" });
    }

    /// <summary>The summary box of figures, the same in every view.</summary>
    public static Table SummaryBox(CheckReport report)
    {
        var rows = new List<TableRow>
        {
            WordElements.Row(WordElements.Cell("Summary of figures (automatic; the total is the sum of the sessions read)", bold: true, shade: WordElements.HeaderShade, span: 2)),
            Figure("Total coaching hours", Minutes(report.Hours.TotalMinutes)),
            Figure("Hours by individual", report.Hours.ByClientMinutes.Count == 0 ? "none" : string.Join("; ", report.Hours.ByClientMinutes.Select(kv => $"{kv.Key}: {Minutes(kv.Value)}"))),
            Figure("Individuals coached", report.Clients.ToString(CultureInfo.InvariantCulture)),
            Figure("Sessions read", report.Sessions.Count.ToString(CultureInfo.InvariantCulture)),
            Figure("Supervision", $"{report.Supervision.Sessions} sessions, {Minutes(report.Supervision.Minutes)}"),
            Figure("Client feedback forms", report.FeedbackForms.ToString(CultureInfo.InvariantCulture)),
            Figure("Reflective log entries", report.ReflectiveLogEntries.ToString(CultureInfo.InvariantCulture)),
            Figure("Total stated by the learner", report.StatedTotalHours is { } s ? $"{Hours(s)} h" : "not stated"),
        };
        if (report.PlanMonths is { } months) rows.Add(Figure("Development plan covers", $"{Hours(months)} months"));
        if (report.Marks is { } marks) rows.Add(Figure("Mark sheet", $"{marks.Awarded} of {marks.TotalMarks} (pass mark {marks.PassMark}){(marks.StatedTotal is { } t ? $"; total written on the sheet: {t}" : "")}"));
        foreach (var rule in report.Rules)
            rows.Add(Figure($"Rule: {rule.Kind}", $"{Status(rule.Status)} — {rule.Description} (figure {(rule.Figure is { } f ? Hours(f) : "none")}{(rule.Required is { } r ? $", required {Hours(r)}" : "")})"));
        return WordElements.Table([3200, 6400], [.. rows]);

        static TableRow Figure(string label, string value) =>
            WordElements.Row(WordElements.Cell(label, bold: true, shade: WordElements.BoxShade), WordElements.Cell(value));
    }

    public static string Status(string status) => status switch
    {
        "met" => "Met",
        "notMet" => "NOT MET",
        "metWithException" => "Met with a recorded exception",
        _ => status,
    };

    public static IEnumerable<Paragraph> EvidenceParagraphs(ReportCriterion criterion, int max = 4)
    {
        if (criterion.Evidence.Count == 0)
        {
            yield return WordElements.Para("No evidence located automatically.", italic: true);
            yield break;
        }
        foreach (var evidence in criterion.Evidence.Take(max))
        {
            var p = new Paragraph(
                new Run(new RunProperties(new Bold(), new FontSize { Val = "16" }), new Text(evidence.Location) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new RunProperties(new FontSize { Val = "16" }), new Break(), new Text($"\u201C{evidence.Excerpt}\u201D ({evidence.Source})") { Space = SpaceProcessingModeValues.Preserve }));
            yield return p;
        }
        if (criterion.Evidence.Count > max)
            yield return WordElements.Para($"… and {criterion.Evidence.Count - max} more", italic: true, size: "16");
    }
}
