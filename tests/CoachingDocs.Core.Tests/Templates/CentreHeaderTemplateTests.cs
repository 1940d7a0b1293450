using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Templates;
using CoachingDocs.Core.Tests.Generation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Tests.Templates;

public sealed class CentreHeaderTemplateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cd-centre-header-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Fields_a_centre_moves_into_the_page_header_are_filled_there()
    {
        // A centre adds a page header with the learner's registration number, as Word would save it.
        var path = Path.Combine(_folder, TemplateBuilder.FileName(DocumentKinds.ObservationFeedback));
        File.WriteAllBytes(path, TemplateBuilder.Build(DocumentKinds.ObservationFeedback));
        using (var document = WordprocessingDocument.Open(path, true))
        {
            // The centre rewrites the built-in page header with its own wording.
            var header = document.MainDocumentPart!.HeaderParts.Single();
            header.Header = new Header(new Paragraph(
                new Run(new Text("Northern Centre — learner ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                ContentControls.Inline(TagConvention.Field(FieldNames.RegistrationNumber), "Registration", new Run(new Text("")))));
        }
        Assert.Empty(TemplateValidator.Validate(File.ReadAllBytes(path), DocumentKinds.ObservationFeedback).Problems);

        var unit = SampleCatalogue.Catalogue.Units.First(u => u.DocumentKinds.Contains(DocumentKinds.ObservationFeedback));
        using var output = new MemoryStream();
        new DocumentGenerator(SampleCatalogue.Catalogue, new TemplateStore(null, _folder))
            .Generate(new DocumentRequest(DocumentKinds.ObservationFeedback, unit.Id, null, Learners.Sample()), output);
        using var generated = WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        OpenXmlAssert.Valid(generated);
        Assert.Equal("Northern Centre — learner " + Learners.Sample().RegistrationNumber, generated.MainDocumentPart!.HeaderParts.Single().Header.InnerText);
    }
}
