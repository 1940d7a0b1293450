namespace CoachingDocs.Api.Storage;

/// <summary>
/// Configuration section "Storage" (docs/storage.md). With no connection string the service keeps everything in
/// <see cref="LocalFolder"/>; with one (or AzureWebJobsStorage when hosted in Azure Functions) it uses Blob Storage.
/// </summary>
public sealed class StorageSettings
{
    public const string SectionName = "Storage";

    /// <summary>Folder for <see cref="LocalFolderStorage"/>; relative paths are under the content root.</summary>
    public string LocalFolder { get; set; } = ".local/storage";

    /// <summary>An Azure Storage connection string, or "UseDevelopmentStorage=true" for Azurite.</summary>
    public string? ConnectionString { get; set; }

    public string Container { get; set; } = "coachingdocs";

    /// <summary>How long jobs and their outputs are kept.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);
}
