using System.Globalization;
using CoachingDocs.Core.Catalogue;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Reports;

/// <summary>What the result sheet and evidence matrix share: the summary box of figures and the evidence and findings of an AC.</summary>
internal static class ReportDocumentParts
{
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Minutes(int minutes) => $"{Hours(Math.Round(minutes / 60m, 2))} h ({minutes} min)";

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
            yield return WordElements.Para("No evidence located automatically.", italic: true, size: "16");
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

    /// <summary>The report's entry for an AC of the unit; an AC the report does not list has no evidence.</summary>
    public static ReportCriterion Criterion(CheckReport report, AssessmentCriterion ac) =>
        report.Criteria.FirstOrDefault(c => c.Ref == ac.Ref) ?? new ReportCriterion(ac.Ref, ac.Text, "missing", []);

    /// <summary>The findings about one AC (AC_1.1_NO_EVIDENCE ...), code first so the assessor can look it up.</summary>
    public static IEnumerable<Paragraph> FindingParagraphs(CheckReport report, string acRef)
    {
        var prefix = $"AC_{acRef}_";
        var any = false;
        foreach (var finding in report.Findings.Where(f => f.Code.StartsWith(prefix, StringComparison.Ordinal)))
        {
            any = true;
            yield return new Paragraph(
                new Run(new RunProperties(new Bold(), new FontSize { Val = "16" }), new Text(finding.Code) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new RunProperties(new FontSize { Val = "16" }), new Text($": {finding.Message}") { Space = SpaceProcessingModeValues.Preserve }));
        }
        if (!any) yield return WordElements.Para("Automatic findings: none.", size: "16");
    }

    /// <summary>A small bold label paragraph ("Evidence located (automatic)").</summary>
    public static Paragraph Label(string text) => WordElements.Para(text, bold: true, italic: true, size: "16");
}
