using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Templates;
using CoachingDocs.Core.Tests.Generation;

namespace CoachingDocs.Core.Tests.Templates;

/// <summary>A template saved by another program: LibreOffice's "save as .docx" drops content controls.</summary>
public class LibreOfficeTemplateTests
{
    [RequiresSofficeFact]
    public void A_template_resaved_by_LibreOffice_is_reported_as_lacking_its_controls()
    {
        var folder = Directory.CreateTempSubdirectory("cd-lo-template-").FullName;
        try
        {
            var source = Path.Combine(folder, "diary.docx");
            File.WriteAllBytes(source, TemplateBuilder.Build(DocumentKinds.CoachingDiary));
            var outFolder = Path.Combine(folder, "out");
            Soffice.Convert(outFolder, "docx:MS Word 2007 XML", [source]);
            var resaved = File.ReadAllBytes(Path.Combine(outFolder, "diary.docx"));

            var result = TemplateValidator.Validate(resaved, DocumentKinds.CoachingDiary);

            Assert.False(result.IsValid);
            // Whatever LibreOffice keeps or drops, the session block must be a real Word repeating section with its fields.
            Assert.Contains(result.Problems, p => p.Tag == "cd1:r:session" && p.Kind is TemplateProblemKind.Missing or TemplateProblemKind.WrongType);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
