using CoachingDocs.Api.Hosting;
using CoachingDocs.Api.Security;
using CoachingDocs.Api.Storage;

namespace CoachingDocs.Api.Extensions;

public static class ServiceExtensions
{
    /// <summary>
    /// Everything the local server needs: the application services both hosts share (catalogue, generator, storage, jobs),
    /// and what only this host has: listening addresses, OpenAPI, API keys, and the in-process expiry sweeper.
    /// </summary>
    public static WebApplicationBuilder AddCoachingDocsServices(this WebApplicationBuilder builder)
    {
        // Kestrel needs the addresses now; the policy reads them again from the final configuration (tests add settings late).
        builder.WebHost.UseUrls([.. ListenAddresses.From(builder.Configuration).Urls]);
        builder.Services.AddSingleton(sp => ListenAddresses.From(sp.GetRequiredService<IConfiguration>()));

        builder.Services.AddCoachingDocsApplication(builder.Configuration);
        builder.Services.AddOpenApi(options => options.AddOperationTransformer(FileResponseTransformer.Transform));
        // In Azure the Functions app's timer function sweeps instead.
        builder.Services.AddHostedService<ExpiredBlobSweeper>();

        builder.Services.AddSingleton(sp => new ApiKeyPolicy(
            sp.GetRequiredService<IConfiguration>().GetSection(ApiKeySettings.SectionName).Get<ApiKeySettings>() ?? new ApiKeySettings(),
            sp.GetRequiredService<ListenAddresses>()));
        return builder;
    }
}
