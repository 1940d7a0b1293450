using System.Text.RegularExpressions;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Tests.Seeds;

/// <summary>
/// Each form against its seed (002 Appendix 5 and 8): the labels are read from the seed text itself, and every one must
/// appear in the generated document in the seed's order, for every unit the form is made for. The seed's AC lines must
/// appear in its order for the units the seed form names. The only seed lines not looked for are the deviations listed
/// here, each of which docs/forms.md explains.
/// </summary>
public sealed partial class SeedFormTests
{
    private static readonly QualificationCatalogue Catalogue = TemplateFiller.Catalogue;

    private sealed record SeedForm(string Kind, string Heading, string End, string[] AcUnits, string[]? OnlyUnits = null);

    private static readonly Dictionary<string, SeedForm> Forms = new()
    {
        ["diary"] = new(DocumentKinds.CoachingDiary, "Coaching Diary – Units 301/302", "Reflective Log – Units 301/302", ["8585-301", "8585-302"]),
        ["log"] = new(DocumentKinds.ReflectiveLog, "Reflective Log – Units 301/302", "Continuous Professional Development (CPD) Plan", ["8585-301", "8585-302"]),
        ["plan"] = new(DocumentKinds.DevelopmentPlan, "Continuous Professional Development (CPD) Plan – Unit 303", "Feedback to coach from individual being coached", ["8585-303"]),
        ["feedback"] = new(DocumentKinds.ClientFeedback, "Feedback to coach from individual being coached - Units 301/302", "Feedback on the Learner", ["8585-301", "8585-302"]),
        ["observation"] = new(DocumentKinds.ObservationFeedback, "Feedback on the Learner’s Coaching - Units 301/302", "Outcomes of Supervision", ["8585-301", "8585-302"]),
        ["supervision"] = new(DocumentKinds.SupervisionRecord, "Outcomes of Supervision - Units 301/302", "Appendix 6", ["8585-301", "8585-302"]),
        ["matrix301"] = new(DocumentKinds.PortfolioEvidenceMatrix, "Portfolio evidence matrix", "Alternatively", ["8585-301"], ["8585-301"]),
        ["matrix302"] = new(DocumentKinds.PortfolioEvidenceMatrix, "Alternatively, learners following unit 302 should include this example in their portfolio.", "Coaching Diary – Units 301/302", ["8585-302"], ["8585-302"]),
        ["journalMatrix"] = new(DocumentKinds.JournalEvidenceMatrix, "Reflective Journal evidence matrix", "Appendix 9", ["8585-303"], ["8585-303"]),
        ["result300"] = new(DocumentKinds.ResultSheet, "Appendix 2\tUnit 300 Result Sheet", "Appendix 3", ["8585-300"], ["8585-300"]),
        ["result301"] = new(DocumentKinds.ResultSheet, "Appendix 6\tUnit 301 Result Sheet", "Appendix 7", ["8585-301"], ["8585-301"]),
        ["result302"] = new(DocumentKinds.ResultSheet, "Appendix 7\tUnit 302 Result Sheet", "Appendix 8", ["8585-302"], ["8585-302"]),
        ["result303"] = new(DocumentKinds.ResultSheet, "Appendix 9\tUnit 303 Result sheet", "Appendix 10", ["8585-303"], ["8585-303"]),
    };

    public static TheoryData<string, string> FormUnits()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, form) in Forms)
            foreach (var unit in Catalogue.Units.Where(u => u.DocumentKinds.Contains(form.Kind) && (form.OnlyUnits is null || form.OnlyUnits.Contains(u.Id))))
                data.Add(name, unit.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(FormUnits))]
    public void The_seed_forms_labels_appear_in_the_seeds_order(string formName, string unitId)
    {
        var form = Forms[formName];
        var unit = Catalogue.FindUnit(unitId)!;
        var paragraphs = GeneratedParagraphs(form.Kind, unit);
        // Where the search stands: a paragraph and an offset in it, so two seed lines that ours prints as one paragraph
        // are found in order within it.
        var (index, offset) = (0, 0);
        string? previous = null;
        foreach (var label in Labels(form, unit))
        {
            var at = -1;
            for (; index < paragraphs.Count; index++, offset = 0)
                if ((at = paragraphs[index].IndexOf(label, offset, StringComparison.Ordinal)) >= 0) break;
            Assert.True(at >= 0, $"{unit.Id} {form.Kind}: the seed's \"{label}\" is not found after \"{previous}\"");
            offset = at + label.Length;
            previous = label;
        }
    }

    [Theory]
    [MemberData(nameof(FormUnits))]
    public void The_seed_forms_AC_lines_appear_in_the_seeds_order(string formName, string unitId)
    {
        var form = Forms[formName];
        var unit = Catalogue.FindUnit(unitId)!;
        if (!form.AcUnits.Contains(unit.Id)) return; // the seed's AC lines are those of the units it names
        var seedRefs = AcLines(form, unit).Distinct().ToList(); // 301's matrix repeats Section Three (seeds README)
        Assert.NotEmpty(seedRefs);
        var documentRefs = GeneratedParagraphs(form.Kind, unit).Select(p => AcLine().Match(p)).Where(m => m.Success).Select(m => m.Groups["ref"].Value).ToList();
        var position = 0;
        foreach (var reference in seedRefs)
        {
            var found = documentRefs.IndexOf(reference, position);
            Assert.True(found >= 0, $"{unit.Id} {form.Kind}: the seed's AC {reference} line is missing or out of order; the document heads {string.Join(", ", documentRefs.Distinct())}");
            position = found + 1;
        }
    }

    /// <summary>The seed's labels, less its AC lines, with the documented deviations applied.</summary>
    private static readonly HashSet<string> ResultSheetHeadings =
    [
        "Assessment Criteria (AC)", "Sufficiency descriptors", "(Typical standards that, if replicated across the whole submission, would produce a referral or borderline pass)",
        "Assessor feedback on AC", "Pass / Referral (delete as applicable)", "Referral", "Pass",
    ];

    private static IEnumerable<string> Labels(SeedForm form, Unit unit)
    {
        var skipWording = false;
        var headerSeen = new HashSet<string>(StringComparer.Ordinal);
        var seenSections = new HashSet<string>(StringComparer.Ordinal);
        var inRepeatedSection = false;
        foreach (var cell in SeedText.Form(SeedText.Handbook8585, form.Heading, form.End))
        {
            if (skipWording) { skipWording = false; continue; } // a matrix's AC wording is the catalogue's (CatalogueWordingTests)
            if (AcLine().Match(cell) is { Success: true } ac)
            {
                skipWording = ac.Length == cell.Length; // "AC 1.1" alone on its line: its wording follows
                continue;
            }
            if (cell.StartsWith("Section ", StringComparison.Ordinal))
            {
                // 8585-301's matrix prints Section Three twice (seeds README); the catalogue lists each AC once.
                inRepeatedSection = !seenSections.Add(cell);
                if (inRepeatedSection) continue;
            }
            if (inRepeatedSection && !cell.StartsWith("Please reference", StringComparison.Ordinal)) continue;
            inRepeatedSection = false;
            // A result sheet reprints its column headings for each learning outcome's table; ours has one table whose
            // heading row repeats on each page.
            if (form.Kind == DocumentKinds.ResultSheet && ResultSheetHeadings.Contains(cell) && !headerSeen.Add(cell)) continue;
            if (Deviation(form, unit, cell) is not { } label) continue;
            // The seeds write the same label with and without its colon ("Centre Name" / "Centre Name:").
            yield return label.TrimEnd(':');
        }
    }

    /// <summary>What the form prints for a seed line that it deliberately prints otherwise (docs/forms.md), or null when it omits it.</summary>
    private static string? Deviation(SeedForm form, Unit unit, string cell) => cell switch
    {
        // The seed pre-prints "Pass / Referral" in each AC's decision box and the unit outcome, to delete as applicable;
        // ours leaves the box empty for the assessor to write the decision (the checker never awards it).
        "Pass / Referral" or "Pass/Referral" or "PASS / REFERRAL" when form.Kind == DocumentKinds.ResultSheet => null,
        // One entry per session with Word's "+", instead of a two-session page to photocopy.
        "(This Reflective Log document covers 2 sessions and will require photocopying)" => null,
        // The plan names its unit in its header; the sentence is 303's own.
        _ when cell.StartsWith("The completion of this Continuous Professional Development (CPD) Plan", StringComparison.Ordinal) => null,
        // The horizon is the unit's minimum as a figure ("6", "12"), or left for the learner where the unit has none.
        _ when cell.StartsWith("Detail below how you plan to develop yourself over the next", StringComparison.Ordinal) =>
            unit.FindRule(RuleKinds.MinPlanMonths)?.Value is { } months ? $"over the next {months:0} months" : "Detail below how you plan to develop yourself over the next",
        // The matrix's unit column names the unit by its id, as all our documents do ("Unit 8585-301").
        _ when form.Kind is DocumentKinds.PortfolioEvidenceMatrix or DocumentKinds.JournalEvidenceMatrix && cell == "Unit " + unit.FormNumber => "Unit " + unit.Id,
        _ => cell,
    };

    /// <summary>The AC references of the seed's AC lines that belong to this unit ("Unit 302 - AC 3.4" is 302's only).</summary>
    private static IEnumerable<string> AcLines(SeedForm form, Unit unit)
    {
        foreach (var cell in SeedText.Form(SeedText.Handbook8585, form.Heading, form.End))
        {
            var match = AcLine().Match(cell);
            if (!match.Success) continue;
            var named = match.Groups["unit"].Value;
            if (named.Length > 0 && named != unit.FormNumber) continue;
            // The CPD plan cites 303 "AC 2.1" for the plan that the unit numbers AC 2.2 (seeds README): ours prints 2.2.
            yield return form.Kind == DocumentKinds.DevelopmentPlan && match.Groups["ref"].Value == "2.1" ? "2.2" : match.Groups["ref"].Value;
        }
    }

    private static List<string> GeneratedParagraphs(string kind, Unit unit)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(TemplateFiller.Blank(kind, unit.Id)), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Select(p => SeedText.Normalise(string.Concat(p.Descendants<Text>().Select(t => t.Text))))
            .Where(t => t.Length > 0).ToList();
    }

    // "AC 1.1 ...", "AC1.1 ...", "Unit 301 - AC 3.4 ...", "Unit 303 AC 2.1 ..."
    [GeneratedRegex(@"^(Unit (?<unit>\d+) -? ?)?AC ?(?<ref>\d\.\d)")]
    private static partial Regex AcLine();
}
