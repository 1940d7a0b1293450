using System.Globalization;
using CoachingDocs.Core.Catalogue;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Reports;

/// <summary>What the result sheet and evidence matrix share: the summary box of figures and the evidence and findings of an AC.</summary>
internal static class ReportDocumentParts
{
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"12.5 hours (750 minutes)", "1 hour (60 minutes)", "no time recorded".</summary>
    public static string Minutes(int minutes) => minutes == 0 ? "no time recorded"
        : $"{RuleNames.Count(Math.Round(minutes / 60m, 2), "hour")} ({RuleNames.Count(minutes, "minute")})";

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
            Figure("Supervision", $"{RuleNames.Count(report.Supervision.Sessions, "session")}, {Minutes(report.Supervision.Minutes)}"),
            Figure("Client feedback forms", report.FeedbackForms.ToString(CultureInfo.InvariantCulture)),
            Figure("Reflective log entries", report.ReflectiveLogEntries.ToString(CultureInfo.InvariantCulture)),
            Figure("Total stated by the learner", report.StatedTotalHours is { } s ? RuleNames.Count(s, "hour") : "not stated"),
        };
        if (report.PlanMonths is { } months) rows.Add(Figure("Development plan covers", RuleNames.Count(months, "month")));
        if (report.Marks is { } marks) rows.Add(Figure("Mark sheet", $"{marks.Awarded} of {marks.TotalMarks} (pass mark {marks.PassMark}){(marks.StatedTotal is { } t ? $"; total written on the sheet: {t}" : "")}"));
        foreach (var rule in report.Rules)
            rows.Add(Figure(RuleNames.Name(rule.Kind, rule.Description),
                $"{Status(rule.Status)}: {RuleNames.FigureAgainstRequired(rule.Kind, rule.Figure, rule.Required)}.\nThe unit asks: {rule.Description}"));
        return WordElements.Table([3200, 6400], [.. rows]);

        static TableRow Figure(string label, string value) =>
            WordElements.Row(WordElements.Cell(label, bold: true, shade: WordElements.BoxShade), WordElements.Cell(value));
    }

    public static string Status(string status) => status switch
    {
        "met" => "Met",
        "notMet" => "Not met",
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
                new Run(new RunProperties(new FontSize { Val = "16" }), new Break(), new Text($"\u201C{evidence.Excerpt}\u201D") { Space = SpaceProcessingModeValues.Preserve }));
            yield return p;
        }
        if (criterion.Evidence.Count > max)
            yield return WordElements.Para($"… and {RuleNames.Count(criterion.Evidence.Count - max, "more place")} (see the evidence matrix)", italic: true, size: "16");
    }

    /// <summary>The report's entry for an AC of the unit; an AC the report does not list has no evidence.</summary>
    public static ReportCriterion Criterion(CheckReport report, AssessmentCriterion ac) =>
        report.Criteria.FirstOrDefault(c => c.Ref == ac.Ref) ?? new ReportCriterion(ac.Ref, ac.Text, "missing", []);

    /// <summary>The findings about one AC (AC_1.1_NO_EVIDENCE ...) as sentences; the codes stay in the JSON report and the workbook.</summary>
    public static IEnumerable<Paragraph> FindingParagraphs(CheckReport report, string acRef)
    {
        var prefix = $"AC_{acRef}_";
        var any = false;
        foreach (var finding in report.Findings.Where(f => f.Code.StartsWith(prefix, StringComparison.Ordinal)))
        {
            any = true;
            yield return WordElements.Para(Sentence(finding.Message), bold: true, size: "16");
        }
        if (!any) yield return WordElements.Para("Automatic findings: none.", size: "16");
    }

    /// <summary>A finding or warning as a sentence: capital first letter, the place it is about in brackets, a full stop.</summary>
    public static string Sentence(string message, string? location = null)
    {
        var text = message.Trim();
        if (text.Length > 0) text = char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
        if (location is { Length: > 0 }) text += $" ({location})";
        return text.EndsWith('.') || text.EndsWith('?') ? text : text + ".";
    }

    /// <summary>A small bold label paragraph ("Evidence located (automatic)").</summary>
    public static Paragraph Label(string text) => WordElements.Para(text, bold: true, italic: true, size: "16");
}
