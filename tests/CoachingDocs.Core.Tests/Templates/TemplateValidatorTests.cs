using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Core.Tests.Templates;

/// <summary>Templates "hand-edited" the way a centre or another program would: by changing the XML text itself.</summary>
public class TemplateValidatorTests
{
    private static byte[] EditPart(byte[] package, string partName, Func<string, string> edit)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                if (entry.FullName == partName)
                {
                    var edited = edit(text);
                    Assert.NotEqual(text, edited); // the edit must have found its target
                    text = edited;
                }
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return output.ToArray();
    }

    private static byte[] EditDocument(string kind, Func<string, string> edit) =>
        EditPart(TemplateBuilder.Build(kind), "word/document.xml", edit);

    [Fact]
    public void Finds_a_removed_field_and_an_unknown_tag()
    {
        // Retag the session's goal field as something the convention does not know.
        var edited = EditDocument(DocumentKinds.CoachingDiary, xml => xml.Replace("w:val=\"cd1:f:goal\"", "w:val=\"cd1:f:goalz\""));
        var problems = TemplateValidator.Validate(edited, DocumentKinds.CoachingDiary).Problems;
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.Missing && p.Tag == "cd1:f:goal");
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.Unknown && p.Tag == "cd1:f:goalz");
    }

    [Fact]
    public void Finds_a_missing_section_and_a_missing_header_field()
    {
        var edited = EditDocument(DocumentKinds.CoachingDiary, xml => xml
            .Replace("w:val=\"cd1:s:swot\"", "w:val=\"my-own-tag\"")
            .Replace("w:val=\"cd1:f:centreNumber\"", "w:val=\"centre\""));
        var problems = TemplateValidator.Validate(edited, DocumentKinds.CoachingDiary).Problems;
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.Missing && p.Tag == "cd1:s:swot");
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.Missing && p.Tag == "cd1:f:centreNumber");
        Assert.DoesNotContain(problems, p => p.Tag is "my-own-tag" or "centre"); // a centre's own tags are allowed
    }

    [Fact]
    public void Finds_a_duplicated_single_field_and_an_overlong_tag()
    {
        var longTag = "cd1:f:" + new string('x', 70);
        // The observation form asks the learner's name once, outside any repeating section.
        var edited = EditDocument(DocumentKinds.ObservationFeedback, xml => xml
            .Replace("w:val=\"cd1:f:centreName\"", "w:val=\"cd1:f:learnerName\"")
            .Replace("w:val=\"cd1:f:rapport\"", $"w:val=\"{longTag}\""));
        var problems = TemplateValidator.Validate(edited, DocumentKinds.ObservationFeedback).Problems;
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.Duplicate && p.Tag == "cd1:f:learnerName");
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.TooLong && p.Tag == longTag);
    }

    [Fact]
    public void Finds_a_repeating_section_that_is_not_a_Word_repeating_section()
    {
        var edited = EditDocument(DocumentKinds.CoachingDiary, xml =>
        {
            var at = xml.IndexOf("w:val=\"cd1:r:session\"", StringComparison.Ordinal);
            var start = xml.IndexOf("<w15:repeatingSection>", at, StringComparison.Ordinal);
            var end = xml.IndexOf("</w15:repeatingSection>", start, StringComparison.Ordinal) + "</w15:repeatingSection>".Length;
            return xml.Remove(start, end - start);
        });
        var problems = TemplateValidator.Validate(edited, DocumentKinds.CoachingDiary).Problems;
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.WrongType && p.Tag == "cd1:r:session");
    }

    [Fact]
    public void Finds_a_section_tag_of_another_kind_and_a_malformed_tag()
    {
        var edited = EditDocument(DocumentKinds.ClientFeedback, xml => xml
            .Replace("w:val=\"cd1:s:improve\"", "w:val=\"cd1:s:contract\"")
            .Replace("w:val=\"cd1:f:overallExperience\"", "w:val=\"cd1:zz:overall\""));
        var problems = TemplateValidator.Validate(edited, DocumentKinds.ClientFeedback).Problems;
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.Unknown && p.Tag == "cd1:s:contract");
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.Unknown && p.Tag == "cd1:zz:overall");
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.Missing && p.Tag == "cd1:s:improve");
    }

    [Fact]
    public void Hours_log_without_its_named_cells_and_headings_is_reported()
    {
        var edited = EditPart(TemplateBuilder.Build(DocumentKinds.HoursLog), "xl/workbook.xml", xml => xml.Replace("_cd1.f.learnerName", "learner"));
        edited = EditPart(edited, "xl/worksheets/sheet1.xml", xml => xml.Replace(">Duration (hours)<", ">Hours<"));
        var problems = TemplateValidator.Validate(edited, DocumentKinds.HoursLog).Problems;
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.Missing && p.Tag == "_cd1.f.learnerName");
        Assert.Contains(problems, p => p.Kind == TemplateProblemKind.Missing && p.Tag == "Duration (hours)");
    }

    [Fact]
    public void A_file_that_is_not_a_package_is_reported_not_thrown()
    {
        var result = TemplateValidator.Validate(Encoding.UTF8.GetBytes("not a zip"), DocumentKinds.CoachingDiary);
        Assert.Equal(TemplateProblemKind.Unreadable, Assert.Single(result.Problems).Kind);
        Assert.False(result.IsValid);
    }
}
