using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Core.Tests.Generation;

public class DocumentGeneratorSmokeTests
{
    [Fact]
    public void WritesSampleFiles()
    {
        var generator = new DocumentGenerator(SampleCatalogue.Catalogue, TemplateStore.BuiltIn);
        var dir = Path.Combine(Path.GetTempPath(), "cd-smoke");
        Directory.CreateDirectory(dir);
        foreach (var unit in SampleCatalogue.Catalogue.Units)
            foreach (var kind in unit.DocumentKinds)
            {
                using var ms = new MemoryStream();
                var file = generator.Generate(new DocumentRequest(kind, unit.Id, null, Learners.Sample()), ms);
                File.WriteAllBytes(Path.Combine(dir, file.FileName), ms.ToArray());
            }
    }
}
