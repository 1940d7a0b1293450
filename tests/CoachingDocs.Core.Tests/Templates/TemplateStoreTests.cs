using System.IO.Compression;
using System.Text;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.OpenXml;
using CoachingDocs.Core.Templates;
using CoachingDocs.Core.Tests.Generation;

namespace CoachingDocs.Core.Tests.Templates;

public sealed class TemplateStoreTests : IDisposable
{
    private readonly string _centreFolder = Directory.CreateTempSubdirectory("cd-centre-").FullName;

    public void Dispose() => Directory.Delete(_centreFolder, recursive: true);

    /// <summary>A centre's restyled client feedback form: its own heading text and a different label, all tags kept.</summary>
    private void WriteCentreFeedbackForm()
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(TemplateBuilder.Build(DocumentKinds.ClientFeedback))))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in source.Entries)
            {
                var text = new StreamReader(entry.Open()).ReadToEnd();
                if (entry.FullName == "word/document.xml") text = text.Replace("Key coach attributes", "Northern Centre feedback slip");
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        File.WriteAllBytes(Path.Combine(_centreFolder, TemplateBuilder.FileName(DocumentKinds.ClientFeedback)), output.ToArray());
    }

    [Fact]
    public void A_centre_template_replaces_only_its_own_kind()
    {
        WriteCentreFeedbackForm();
        var store = new TemplateStore(SampleCatalogue.RepositoryRoot() is { } root ? Path.Combine(root, "templates") : null, _centreFolder);
        Assert.Equal(TemplateOrigin.Centre, store.Get(DocumentKinds.ClientFeedback).Origin);
        Assert.NotEqual(TemplateOrigin.Centre, store.Get(DocumentKinds.CoachingDiary).Origin);
        Assert.Empty(TemplateValidator.Validate(store.Get(DocumentKinds.ClientFeedback).Content, DocumentKinds.ClientFeedback).Problems);

        var unit = SampleCatalogue.Catalogue.Units.First(u => u.DocumentKinds.Contains(DocumentKinds.ClientFeedback));
        var generator = new DocumentGenerator(SampleCatalogue.Catalogue, store);
        using var output = new MemoryStream();
        generator.Generate(new DocumentRequest(DocumentKinds.ClientFeedback, unit.Id, null, Learners.Sample()), output);
        using var document = new GeneratedDocument(output.ToArray());
        Assert.Contains("Northern Centre feedback slip", document.Body.InnerText);
        Assert.Equal(Learners.Sample().Name, document.Field(FieldNames.LearnerName));
        Assert.Equal(TemplateBuilder.TemplateVersion + "-centre", document.Identity!.TemplateVersion);
    }

    [Fact]
    public void Without_folders_the_built_in_templates_are_used()
    {
        var source = new TemplateStore().Get(DocumentKinds.HoursLog);
        Assert.Equal(TemplateOrigin.BuiltIn, source.Origin);
        Assert.Equal(TemplateBuilder.Build(DocumentKinds.HoursLog), source.Content);
    }
}
