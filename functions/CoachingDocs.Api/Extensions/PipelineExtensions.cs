using CoachingDocs.Api.Security;
using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Api.Extensions;

public static class PipelineExtensions
{
    /// <summary>
    /// Loads and validates the catalogue and the key settings before listening. On a problem it writes one line naming the
    /// file and entry (or the setting) to stderr and returns the exit code, so the service does not start with bad data;
    /// returns null when it may start.
    /// </summary>
    public static int? CheckStartup(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<QualificationCatalogue>();
        }
        catch (CatalogueException ex)
        {
            Console.Error.WriteLine($"The service will not start: the catalogue or templates folder is invalid: {ex.Message}");
            return ExitCodes.BadCatalogue;
        }
        if (app.Services.GetRequiredService<ApiKeyPolicy>().ConfigurationProblem is { } problem)
        {
            Console.Error.WriteLine(problem);
            return ExitCodes.BadConfiguration;
        }
        return null;
    }

    /// <summary>Errors become problem details (never a stack trace, in every environment), then the API key check.</summary>
    public static WebApplication UseCoachingDocsPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiKeyMiddleware>();
        return app;
    }
}
