using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Reports;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>The fixtures give the same figures and rule findings against the real catalogue (templates/catalogue) as against the test one.</summary>
public class RealCatalogueTests
{
    [Theory]
    [InlineData(LibreOfficeIlmLayout, "8585-302", 750, new[] { "STATED_TOTAL_MISMATCH", "SESSION_WITHOUT_REFLECTION", "SESSION_WITHOUT_FEEDBACK" })]
    [InlineData(NpmDocxFreeFormat, "8585-302", 345, new[] { "STATED_TOTAL_MISMATCH", "HOURS_SHORT", "TOO_MANY_CLIENTS", "SUPERVISION_SHORT" })]
    [InlineData("RD041-LibreOfficeHoursLog.xlsx", "L5-502", 345, new[] { "HOURS_SHORT", "TOO_FEW_CLIENTS", "SUPERVISION_SHORT", "SESSION_WITHOUT_REFLECTION", "SESSION_WITHOUT_FEEDBACK" })]
    public void Fixtures_against_the_real_catalogue(string file, string unit, int minutes, string[] ruleFindings)
    {
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload(file, Asset(file))], unit);
        Assert.Equal(minutes, report.Hours.TotalMinutes);
        Assert.Equal(ruleFindings, report.Findings.Where(f => !f.Code.StartsWith("AC_", StringComparison.Ordinal)).Select(f => f.Code).Distinct());
        Assert.Equal(TemplateFiller.Catalogue.FindUnit(unit)!.Criteria.Count(), report.Criteria.Count);
        Assert.All(report.Criteria.Where(c => c.Status == "missing"), c => Assert.Contains(report.Findings, f => f.Code == $"AC_{c.Ref}_NO_EVIDENCE"));
    }

    [Fact]
    public void Real_D3_03_mark_sheet_arithmetic()
    {
        var sheet = P("MARK SHEET: D3.03", "Heading1")
            + Table(Row("Criteria", "Strengths", "Areas for Improvement", "Assr mark", "QA mark"),
                Row("Planning and undertaking coaching sessions", "", "", "/70 marks (min 35)", "34"),
                Row("Reflections on the effectiveness of coaching activity", "", "", "/30 marks (min 15)", "20"),
                Row("Total marks", "54"));
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload("marks.docx", Docx(sheet + P("Session 1 — 01/03/2025 — 6 hours — Client A")))], "D3.03");
        Assert.Equal(54, report.Marks!.Awarded);
        Assert.Equal(["MARKS_SECTION_BELOW_MINIMUM"], report.Findings.Where(f => f.Code.StartsWith("MARKS", StringComparison.Ordinal)).Select(f => f.Code));
        Assert.DoesNotContain(report.Findings, f => f.Code == "HOURS_SHORT");
    }

    [Fact]
    public void Result_sheet_for_a_real_unit_carries_its_sufficiency_descriptors()
    {
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload(LibreOfficeIlmLayout, Asset(LibreOfficeIlmLayout))], "8585-302");
        using var stream = new MemoryStream();
        ReportWriter.Write(report, TemplateFiller.Catalogue.FindUnit("8585-302")!, ReportFormats.Docx, stream, new DocumentGenerator(TemplateFiller.Catalogue));
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        Assert.Contains("A sufficient, appropriate and correct plan for 12 hours coaching is provided", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Fact]
    public void An_ac_that_is_a_unit_rule_is_evidenced_by_the_records_the_rule_counts()
    {
        const string log = "RD041-LibreOfficeHoursLog.xlsx";
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload(log, Asset(log))], "L5-502");

        var hours = report.Criteria.Single(c => c.Ref == "2.1"); // "Complete a minimum of 54 hours ... 4 to 9 individuals"
        Assert.Equal("evidenced", hours.Status);
        var records = Assert.Single(hours.Evidence);
        Assert.Equal(("records", "4 session records, 5.75 hours, 3 individuals"), (records.Source, records.Excerpt));
        Assert.StartsWith(log, records.Location);
        var supervision = report.Criteria.Single(c => c.Ref == "3.3");
        Assert.Contains(supervision.Evidence, e => e.Source == "records" && e.Excerpt == "1 supervision record, 1 hours");
        // Evidence located is not a judgement: the rule's own finding still stands.
        Assert.Contains(report.Findings, f => f.Code == "HOURS_SHORT");
    }
}
