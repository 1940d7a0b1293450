using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;

namespace CoachingDocs.Api.Storage;

/// <summary>
/// Registers <see cref="IBlobStorage"/>: the local folder, or Azure Blob Storage through the SDK. The SDK clients are
/// registered with <c>AddAzureClients</c>: from the connection string (Azurite locally), or from the account's endpoints
/// with <see cref="DefaultAzureCredential"/> (managed identity in Azure; no key anywhere). The SDK retries transient
/// failures itself (exponential back-off on timeouts, 408, 429 and 5xx).
/// </summary>
public static class StorageRegistration
{
    public static IServiceCollection AddBlobStorage(this IServiceCollection services, StorageSettings settings)
    {
        if (!settings.UsesAzure)
        {
            services.AddSingleton<IBlobStorage>(sp =>
                new LocalFolderStorage(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, settings.LocalFolder)));
            return services;
        }

        services.AddAzureClients(clients =>
        {
            if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
            {
                clients.AddBlobServiceClient(settings.ConnectionString);
                clients.AddQueueServiceClient(settings.ConnectionString).ConfigureOptions(UseFunctionsMessageEncoding);
            }
            else
            {
                clients.AddBlobServiceClient(settings.BlobServiceUri);
                clients.AddQueueServiceClient(settings.QueueServiceUri).ConfigureOptions(UseFunctionsMessageEncoding);
                clients.UseCredential(new DefaultAzureCredential(new DefaultAzureCredentialOptions
                {
                    ManagedIdentityClientId = string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId) ? null : settings.ManagedIdentityClientId,
                }));
            }
        });
        services.AddSingleton<IBlobStorage>(sp => new AzureBlobStorage(sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(settings.Container)));
        return services;
    }

    // The Functions queue trigger reads message text as base64 by default (host.json extensions.queues.messageEncoding).
    private static void UseFunctionsMessageEncoding(QueueClientOptions options) => options.MessageEncoding = QueueMessageEncoding.Base64;
}
