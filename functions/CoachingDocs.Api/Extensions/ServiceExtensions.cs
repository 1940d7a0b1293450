using CoachingDocs.Api.Hosting;
using CoachingDocs.Api.Problems;
using CoachingDocs.Api.Security;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Api.Extensions;

public static class ServiceExtensions
{
    /// <summary>Everything the service needs: listening addresses, problem details, OpenAPI, the catalogue, the generator, API keys.</summary>
    public static WebApplicationBuilder AddCoachingDocsServices(this WebApplicationBuilder builder)
    {
        // Kestrel needs the addresses now; the policy reads them again from the final configuration (tests add settings late).
        builder.WebHost.UseUrls([.. ListenAddresses.From(builder.Configuration).Urls]);
        builder.Services.AddSingleton(sp => ListenAddresses.From(sp.GetRequiredService<IConfiguration>()));

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<InvalidRequestExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options => CatalogueJson.Configure(options.SerializerOptions));
        builder.Services.AddOpenApi(options => options.AddOperationTransformer(Apis.FileResponses.Transformer));

        builder.Services.AddSingleton(sp => ContentFolders.Resolve(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        builder.Services.AddSingleton(sp => CatalogueLoader.Load(sp.GetRequiredService<ContentFolders>().CatalogueFolder));
        builder.Services.AddDocumentGeneration();

        builder.Services.AddSingleton(sp => new ApiKeyPolicy(
            sp.GetRequiredService<IConfiguration>().GetSection(ApiKeySettings.SectionName).Get<ApiKeySettings>() ?? new ApiKeySettings(),
            sp.GetRequiredService<ListenAddresses>()));
        return builder;
    }
}
