using CoachingDocs.Api.Extensions;
using CoachingDocs.Api.Jobs;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace CoachingDocs.Functions;

/// <summary>
/// The Azure Functions app (isolated worker, ASP.NET Core integration): the same application services as the local
/// server, with cohort jobs always fanned out through the queue (the CohortWork function) and expiry swept by a timer.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => Build(args).Run();

    /// <summary>The app's host; <paramref name="configure"/> lets tests replace services after the app's own registrations.</summary>
    public static IHost Build(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        // Work too large for one request goes through the queue, so Azure scales it out; there is no in-process pool here.
        builder.Configuration[$"{JobSettings.SectionName}:{nameof(JobSettings.Mode)}"] = JobModes.Queue;
        builder.Services.AddCoachingDocsApplication(builder.Configuration);
        builder.UseMiddleware<ProblemsMiddleware>();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
