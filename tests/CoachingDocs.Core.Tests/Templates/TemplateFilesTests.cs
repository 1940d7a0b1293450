using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Templates;
using CoachingDocs.Core.Tests.Generation;
using DocumentFormat.OpenXml.Packaging;

namespace CoachingDocs.Core.Tests.Templates;

public class TemplateFilesTests
{
    public static TheoryData<string> Kinds => [.. DocumentKinds.All];

    /// <summary>
    /// The committed templates/ files are the builder's output. This test only compares; after changing the builder,
    /// regenerate them with <c>dotnet run scripts/regenerate-templates.cs</c> from the repository root (docs/templates.md).
    /// </summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Committed_templates_are_up_to_date_with_the_builder(string kind)
    {
        var folder = Path.Combine(SampleCatalogue.RepositoryRoot() ?? throw new InvalidOperationException("repository root not found"), "templates");
        var path = Path.Combine(folder, TemplateBuilder.FileName(kind));
        var built = TemplateBuilder.Build(kind);
        Assert.True(File.Exists(path), $"{path} is missing; see docs/templates.md to regenerate it");
        Assert.True(built.SequenceEqual(File.ReadAllBytes(path)), $"{path} differs from TemplateBuilder's output; see docs/templates.md to regenerate it");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Built_in_templates_are_valid_and_pass_their_own_check(string kind)
    {
        var built = TemplateBuilder.Build(kind);
        using (OpenXmlPackage package = kind == DocumentKinds.HoursLog
                   ? SpreadsheetDocument.Open(new MemoryStream(built), false)
                   : WordprocessingDocument.Open(new MemoryStream(built), false))
            OpenXmlAssert.Valid(package);
        Assert.Empty(TemplateValidator.Validate(built, kind).Problems);
        if (kind != DocumentKinds.HoursLog)
        {
            // Every section SectionNames lists for the kind is a cd1:s: control in its template.
            using var document = WordprocessingDocument.Open(new MemoryStream(built), false);
            var tags = OpenXml.ContentControls.All(document.MainDocumentPart!.Document).Select(OpenXml.ContentControls.TagOf).ToHashSet();
            Assert.All(OpenXml.SectionNames.ByKind[kind], section => Assert.Contains(OpenXml.TagConvention.Section(section), tags));
        }
        Assert.True(built.SequenceEqual(TemplateBuilder.Build(kind)), "the builder must be deterministic");
    }
}

public class TemplateFileNameTests
{
    [Theory]
    [InlineData("templates/client-feedback.docx", "client-feedback")]
    [InlineData("/x/Northern Centre COACHING-DIARY v2.docx", "coaching-diary")]
    [InlineData("hours-log.xlsx", "hours-log")]
    [InlineData("hours-log.docx", null)]
    [InlineData("notes.docx", null)]
    public void Kind_is_found_from_the_file_name(string path, string? kind) => Assert.Equal(kind, TemplateBuilder.KindFromFileName(path));
}
