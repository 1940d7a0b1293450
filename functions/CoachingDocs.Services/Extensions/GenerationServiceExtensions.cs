using CoachingDocs.Api.Hosting;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Templates;

namespace CoachingDocs.Api.Extensions;

public static class GenerationServiceExtensions
{
    /// <summary>
    /// The Core document generator over the loaded catalogue. Templates come from the centre's folder
    /// (<c>Templates:Folder</c>) for each kind it holds, then the product's templates folder, then the built-in builder.
    /// The check's Word views start from the same generator, so a centre's templates apply to them too.
    /// </summary>
    public static IServiceCollection AddDocumentGeneration(this IServiceCollection services) =>
        services
            .AddSingleton(sp =>
            {
                var folders = sp.GetRequiredService<ContentFolders>();
                return new DocumentGenerator(sp.GetRequiredService<QualificationCatalogue>(),
                    new TemplateStore(folders.ProductTemplatesFolder, folders.CentreTemplatesFolder));
            })
            .AddSingleton<IDocumentGenerator>(sp => sp.GetRequiredService<DocumentGenerator>());
}
