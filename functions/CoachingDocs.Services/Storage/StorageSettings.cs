namespace CoachingDocs.Api.Storage;

/// <summary>
/// Configuration section "Storage" (docs/storage.md). With neither a connection string nor an account name the service
/// keeps everything in <see cref="LocalFolder"/>; otherwise it uses Azure Blob Storage (and the queue) through the Azure SDK.
/// </summary>
public sealed class StorageSettings
{
    public const string SectionName = "Storage";

    /// <summary>Folder for <see cref="LocalFolderStorage"/>; relative paths are under the content root.</summary>
    public string LocalFolder { get; set; } = ".local/storage";

    /// <summary>An Azure Storage connection string, or "UseDevelopmentStorage=true" for Azurite; falls back to AzureWebJobsStorage.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The storage account reached with managed identity (DefaultAzureCredential) when there is no connection string;
    /// falls back to AzureWebJobsStorage__accountName, the Functions host's own identity-based setting.
    /// </summary>
    public string? AccountName { get; set; }

    /// <summary>The client id of a user-assigned managed identity; unset: the system-assigned one (or the developer's login).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The endpoints' DNS suffix, for clouds other than Azure's public one.</summary>
    public string EndpointSuffix { get; set; } = "core.windows.net";

    public string Container { get; set; } = "coachingdocs";

    /// <summary>How long jobs and their outputs are kept.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>True when blobs and queues live in Azure Storage (or Azurite), false for the local folder.</summary>
    public bool UsesAzure => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(AccountName);

    public Uri BlobServiceUri => new($"https://{AccountName}.blob.{EndpointSuffix}");

    public Uri QueueServiceUri => new($"https://{AccountName}.queue.{EndpointSuffix}");

    /// <summary>The section, with the Functions host's AzureWebJobsStorage settings filling what it leaves out.</summary>
    public static StorageSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(SectionName).Get<StorageSettings>() ?? new StorageSettings();
        settings.ConnectionString ??= configuration["AzureWebJobsStorage"];
        settings.AccountName ??= configuration["AzureWebJobsStorage:accountName"];
        settings.ManagedIdentityClientId ??= configuration["AzureWebJobsStorage:clientId"];
        return settings;
    }
}
