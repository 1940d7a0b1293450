using CoachingDocs.Api.Hosting;
using CoachingDocs.Api.Jobs;
using CoachingDocs.Api.Problems;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Api.Extensions;

public static class ApplicationServiceExtensions
{
    /// <summary>
    /// What every host of the endpoints needs, registered the same way so both answer the same bytes: problem details,
    /// the JSON options, the content folders, the catalogue, the generator, the static-file folders, storage and cohort jobs.
    /// </summary>
    public static IServiceCollection AddCoachingDocsApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<InvalidRequestExceptionHandler>();
        services.ConfigureHttpJsonOptions(options => CatalogueJson.Configure(options.SerializerOptions));

        services.AddSingleton(sp => ContentFolders.Resolve(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(sp => CatalogueLoader.Load(sp.GetRequiredService<ContentFolders>().CatalogueFolder));
        services.AddDocumentGeneration();
        services.AddSingleton(sp => WebFolders.Resolve(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddCohorts(configuration);
        return services;
    }
}
