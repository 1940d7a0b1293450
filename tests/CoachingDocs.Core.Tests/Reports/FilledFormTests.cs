using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Reports;
using CoachingDocs.Core.Templates;
using CoachingDocs.Core.Tests.Generation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Reports;

/// <summary>The auto-checked result sheet and evidence matrix start from the generator's form for the unit, a centre's own included.</summary>
public sealed class FilledFormTests : IDisposable
{
    private readonly string _centreFolder = Directory.CreateTempSubdirectory("cd-centre-").FullName;

    public void Dispose() => Directory.Delete(_centreFolder, recursive: true);

    private static CheckReport Check(string unitId, string file = LibreOfficeIlmLayout) =>
        CheckRunner.Run(TestCatalogue.Instance, [Upload(file, Asset(file))], unitId);

    private static byte[] Write(CheckReport report, string format, TemplateStore? templates = null, LearnerDetails? known = null)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(report, TestCatalogue.Instance.FindUnit(report.Unit.Id)!, format, stream,
            new DocumentGenerator(TestCatalogue.Instance, templates ?? TemplateStore.BuiltIn), known);
        return stream.ToArray();
    }

    private static string FieldText(DocumentFormat.OpenXml.OpenXmlElement within, string name) =>
        ContentControls.TextOf(ContentControls.WithTag(within, TagConvention.Field(name)).Single());

    private static void AssertValid(WordprocessingDocument document)
    {
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Theory]
    [InlineData(LibreOfficeIlmLayout)]
    [InlineData(NpmDocxFreeFormat)]
    public void Every_ac_row_of_the_result_sheet_carries_its_evidence_or_the_no_evidence_finding(string file)
    {
        var report = Check("8585-302", file);
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(report, ReportFormats.Docx)), false);
        AssertValid(document);
        var rows = ContentControls.WithTag(document.MainDocumentPart!.Document.Body!, TagConvention.RepeatingItem(BlockNames.CriterionRow)).ToList();
        Assert.Equal(TestCatalogue.Unit302.Criteria.Select(c => c.Ref), rows.Select(r => FieldText(r, FieldNames.CriterionRef)));
        var located = 0;
        foreach (var row in rows)
        {
            var criterion = report.Criteria.Single(c => c.Ref == FieldText(row, FieldNames.CriterionRef));
            var feedback = FieldText(row, FieldNames.AssessorFeedback);
            if (criterion.Evidence.Count == 0) Assert.Contains($"No evidence found for AC {criterion.Ref}", feedback);
            else
            {
                located++;
                Assert.Contains(criterion.Evidence[0].Location, feedback);
                Assert.Contains(criterion.Evidence[0].Excerpt, feedback);
                Assert.DoesNotContain("No evidence found", feedback);
            }
            Assert.Equal("", FieldText(row, FieldNames.Decision)); // Pass / Referral is the assessor's
        }
        Assert.True(located > 0, "no AC had evidence: the fixture should evidence some");
        // Nothing about the learner is invented: the report holds none, so their fields stay empty.
        var body = document.MainDocumentPart.Document.Body!;
        foreach (var field in new[] { FieldNames.LearnerName, FieldNames.RegistrationNumber, FieldNames.CentreName, FieldNames.CentreNumber })
            Assert.All(ContentControls.WithTag(body, TagConvention.Field(field)), f => Assert.Equal("", ContentControls.TextOf(f)));
        Assert.Equal("", FieldText(body, FieldNames.UnitDecision));
    }

    [Theory]
    [InlineData(ReportFormats.Docx)]
    [InlineData(ReportFormats.Matrix)]
    public void Learner_details_the_caller_knows_fill_the_learner_fields_and_only_those(string format)
    {
        var known = new LearnerDetails { Name = "Ada <Lovelace> & Co", RegistrationNumber = "REG-0042", CentreNumber = "" };
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(Check("8585-302"), format, known: known)), false);
        AssertValid(document);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Equal("Ada <Lovelace> & Co", FieldText(body, FieldNames.LearnerName));
        Assert.Equal("REG-0042", FieldText(body, FieldNames.RegistrationNumber));
        Assert.Equal("", FieldText(body, FieldNames.CentreNumber));
        Assert.Equal("", FieldText(body, FieldNames.CentreName));
    }

    [Fact]
    public void The_summary_box_holds_every_figure_and_rule()
    {
        var report = Check("8585-302");
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(report, ReportFormats.Docx)), false);
        var box = document.MainDocumentPart!.Document.Body!.Descendants<Table>().Single(t => t.InnerText.StartsWith("Summary of figures", StringComparison.Ordinal));
        var text = box.InnerText;
        Assert.Contains("12.5 hours (750 minutes)", text);
        foreach (var (client, minutes) in report.Hours.ByClientMinutes) Assert.Contains($"{client}: {ReportDocumentParts.Minutes(minutes)}", text);
        foreach (var label in new[] { "Individuals coached", "Sessions read", "Supervision", "Client feedback forms", "Reflective log entries", "Total stated by the learner" })
            Assert.Contains(label, text);
        // Rules by name in words, each with its figure in units, never by id.
        var names = new Dictionary<string, string>
        {
            ["minHours"] = "Minimum hours", ["maxIndividuals"] = "Maximum individuals coached", ["minSupervisionSessions"] = "Minimum supervision sessions",
            ["reflectionEverySession"] = "A reflection on every session", ["feedbackEverySession"] = "Client feedback on every session",
        };
        foreach (var rule in report.Rules)
        {
            Assert.Contains(names[rule.Kind], text);
            Assert.DoesNotContain(rule.Kind, text);
        }
        Assert.Contains("Met: 12.5 hours against the 12 hours required.", text);
        Assert.Contains("Not met", text);
        Assert.DoesNotContain("Rule: ", text);
    }

    [Fact]
    public void The_evidence_matrix_gives_every_ac_its_evidence_and_location_or_says_none_was_found()
    {
        var report = Check("8585-302");
        // The matrix is the writer's output; the report is its input. RD020 evidences some ACs and not others, so both
        // kinds of row below are written and checked (neither branch may be the only one taken).
        Assert.Contains(report.Criteria, c => c.Evidence.Count == 0);
        Assert.Contains(report.Criteria, c => c.Evidence.Count > 0);
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(report, ReportFormats.Matrix)), false);
        AssertValid(document);
        var rows = ContentControls.WithTag(document.MainDocumentPart!.Document.Body!, TagConvention.RepeatingItem(BlockNames.CriterionRow)).ToList();
        Assert.Equal(TestCatalogue.Unit302.Criteria.Count(), rows.Count);
        foreach (var row in rows)
        {
            var criterion = report.Criteria.Single(c => c.Ref == FieldText(row, FieldNames.CriterionRef));
            if (criterion.Evidence.Count == 0)
            {
                Assert.Contains($"No evidence found for AC {criterion.Ref}", FieldText(row, FieldNames.EvidenceTitles));
                Assert.Equal("Not found", FieldText(row, FieldNames.EvidenceReference).Trim());
            }
            else
            {
                Assert.Contains(criterion.Evidence[0].Excerpt, FieldText(row, FieldNames.EvidenceTitles));
                Assert.Contains(criterion.Evidence[0].Location, FieldText(row, FieldNames.EvidenceReference));
            }
        }
        Assert.Contains("Summary of figures", document.MainDocumentPart.Document.Body!.InnerText);
    }

    [Fact]
    public void A_legacy_unit_gets_its_mark_sheet_with_the_evidence_per_section_and_no_marks()
    {
        var report = Check("D3.03");
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(report, ReportFormats.Docx)), false);
        AssertValid(document);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.StartsWith("Mark Sheet", body.InnerText);
        Assert.Empty(ContentControls.WithTag(body, TagConvention.RepeatingItem(BlockNames.CriterionRow)));
        var sections = ContentControls.WithTag(body, TagConvention.RepeatingItem(BlockNames.MarkSection)).ToList();
        Assert.Equal(TestCatalogue.UnitD303.MarkSheet!.Sections.Select(s => s.Title), sections.Select(s => FieldText(s, FieldNames.SectionTitle)));
        var evidence = report.Criteria.Single(c => c.Ref == "1.1");
        foreach (var section in sections)
        {
            var text = section.InnerText;
            Assert.Contains("Evidence located (automatic)", text);
            Assert.Contains("AC 1.1", text);
            if (evidence.Evidence.Count == 0) Assert.Contains("No evidence found for AC 1.1", text);
            else Assert.Contains(evidence.Evidence[0].Location, text);
            Assert.Equal("", FieldText(section, FieldNames.AssessorMark));
            Assert.Equal("", FieldText(section, FieldNames.QaMark));
        }
        Assert.Equal("", FieldText(body, FieldNames.TotalMarks));
    }

    [Fact]
    public void A_centres_own_result_sheet_template_is_the_one_filled()
    {
        // A centre restyles the form by hand: its name before the title (the title itself is a field the generator
        // fills, "Result Sheet" or "Mark Sheet" by unit), its own colour for headings.
        var template = TemplateStore.BuiltIn.Get(DocumentKinds.ResultSheet).Content;
        File.WriteAllBytes(Path.Combine(_centreFolder, TemplateBuilder.FileName(DocumentKinds.ResultSheet)), EditParts(template,
            ("word/document.xml", "<w:pStyle w:val=\"Title\" /></w:pPr>", "<w:pStyle w:val=\"Title\" /></w:pPr><w:r><w:t xml:space=\"preserve\">Northfield Coaching Centre </w:t></w:r>"),
            ("word/styles.xml", "1F3864", "7B2C83")));
        var report = Check("8585-302");
        var bytes = Write(report, ReportFormats.Docx, new TemplateStore(null, _centreFolder));

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        AssertValid(document);
        var main = document.MainDocumentPart!;
        Assert.StartsWith("Northfield Coaching Centre Result Sheet", main.Document.Body!.InnerText);
        Assert.Contains("7B2C83", main.StyleDefinitionsPart!.Styles!.OuterXml);
        Assert.DoesNotContain("1F3864", main.StyleDefinitionsPart.Styles.OuterXml);
        Assert.Contains("-centre", string.Concat(main.CustomXmlParts.Select(p => new StreamReader(p.GetStream()).ReadToEnd())));
        // Still filled: the centre's form gets the same evidence.
        Assert.Contains("No evidence found for AC 3.3", main.Document.Body.InnerText);

        // The built-in form is untouched by the centre's.
        using var plain = WordprocessingDocument.Open(new MemoryStream(Write(report, ReportFormats.Docx)), false);
        Assert.DoesNotContain("Northfield", plain.MainDocumentPart!.Document.Body!.InnerText);
    }

    [RequiresSofficeFact]
    public void The_filled_forms_convert_to_pdf()
    {
        var folder = Directory.CreateTempSubdirectory("cd-report-pdf-").FullName;
        try
        {
            var files = new[] { ("result-sheet.docx", Write(Check("8585-302"), ReportFormats.Docx)), ("matrix.docx", Write(Check("8585-302"), ReportFormats.Matrix)),
                ("mark-sheet.docx", Write(Check("D3.03"), ReportFormats.Docx)) }
                .Select(f => { var path = Path.Combine(folder, f.Item1); File.WriteAllBytes(path, f.Item2); return path; }).ToList();
            // Each form names the unit it was filled for (both units' ids appear on their own forms).
            Soffice.AssertConvertsToPdf(folder, files.Take(2).ToList(), ["8585-302"]);
            Soffice.AssertConvertsToPdf(folder, files.Skip(2).ToList(), ["D3.03"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Edits parts of a package as text, the way a centre edits a template's XML by hand.</summary>
    private static byte[] EditParts(byte[] package, params (string Part, string Find, string Replace)[] edits)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = entry.Open();
                using var buffer = new MemoryStream();
                reader.CopyTo(buffer);
                var content = buffer.ToArray();
                foreach (var (part, find, replace) in edits.Where(e => e.Part == entry.FullName))
                {
                    var xml = Encoding.UTF8.GetString(content);
                    Assert.Contains(find, xml);
                    content = Encoding.UTF8.GetBytes(xml.Replace(find, replace, StringComparison.Ordinal));
                }
                using var writer = target.CreateEntry(entry.FullName).Open();
                writer.Write(content);
            }
        }
        return output.ToArray();
    }
}
