using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Cli;

/// <summary>
/// The Core document generator, set up as the Api sets it up: a centre's templates (if given) for each kind they hold,
/// then the product's templates folder, then the built-in builder.
/// </summary>
public static class GeneratorFactory
{
    public static IDocumentGenerator Create(QualificationCatalogue catalogue, string? productTemplatesFolder, string? centreTemplatesFolder) =>
        new DocumentGenerator(catalogue, new TemplateStore(productTemplatesFolder, centreTemplatesFolder));
}
