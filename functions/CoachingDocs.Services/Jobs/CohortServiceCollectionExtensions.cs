using CoachingDocs.Api.Storage;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Cohorts;
using CoachingDocs.Core.Packaging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachingDocs.Api.Jobs;

public static class CohortServiceCollectionExtensions
{
    /// <summary>
    /// Storage (local folder, or Azure Blob Storage when a connection string or account name is set, see
    /// <see cref="StorageSettings"/>) and cohort jobs (in-process pool, or Azure queue fan-out with Jobs:Mode=queue). Expects the
    /// QualificationCatalogue and IDocumentGenerator to be registered already.
    /// </summary>
    public static IServiceCollection AddCohorts(this IServiceCollection services, IConfiguration configuration)
    {
        var storageSettings = StorageSettings.From(configuration);
        var jobSettings = configuration.GetSection(JobSettings.SectionName).Get<JobSettings>() ?? new JobSettings();
        if (jobSettings.Mode is not (JobModes.Local or JobModes.Queue))
            throw new InvalidOperationException($"Jobs:Mode is '{jobSettings.Mode}'; it must be '{JobModes.Local}' or '{JobModes.Queue}'");
        if (jobSettings.Mode == JobModes.Queue && !storageSettings.UsesAzure)
            throw new InvalidOperationException("Jobs:Mode is 'queue' but no Azure Storage is set (Storage:ConnectionString, Storage:AccountName or AzureWebJobsStorage)");

        services.AddSingleton(storageSettings);
        services.AddSingleton(jobSettings);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new CohortSettings());
        services.AddBlobStorage(storageSettings);

        services.AddSingleton<JobStore>();
        services.AddSingleton<JobCancellations>();
        services.AddSingleton<CohortJobRunner>();
        services.AddSingleton<CohortJobService>();
        services.AddSingleton<CohortCheckService>();
        // Each learner's files are held to the same limits as a single check (section "Uploads", docs/limits.md).
        services.TryAddSingleton<ILearnerChecker>(sp => new ReportLearnerChecker(
            sp.GetRequiredService<QualificationCatalogue>(), // The result sheets start from the service's generator (a centre's templates); a host without one uses the built-in forms.
            sp.GetService<CoachingDocs.Core.Generation.DocumentGenerator>() ?? new CoachingDocs.Core.Generation.DocumentGenerator(sp.GetRequiredService<QualificationCatalogue>()), sp.GetRequiredService<TimeProvider>(),
            configuration.GetSection(Apis.CheckServices.LimitsSection).Get<UploadLimits>() ?? UploadLimits.Default));
        if (jobSettings.Mode == JobModes.Queue)
        {
            services.AddSingleton(sp => sp.GetRequiredService<Azure.Storage.Queues.QueueServiceClient>().GetQueueClient(jobSettings.QueueName));
            services.AddSingleton<IJobDispatcher, QueueJobDispatcher>();
        }
        else
        {
            services.AddSingleton<LocalJobQueue>();
            services.AddSingleton<IJobDispatcher>(sp => sp.GetRequiredService<LocalJobQueue>());
            services.AddHostedService(sp => sp.GetRequiredService<LocalJobQueue>());
        }
        return services;
    }
}
