namespace CoachingDocs.Api.Storage;

/// <summary>
/// The parts of an Azure Storage connection string the REST clients need. Accepts the account form
/// (DefaultEndpointsProtocol, AccountName, AccountKey, EndpointSuffix or BlobEndpoint/QueueEndpoint) and
/// "UseDevelopmentStorage=true" (Azurite's well-known account on 127.0.0.1).
/// </summary>
public sealed record StorageConnectionString(string AccountName, byte[] AccountKey, Uri BlobEndpoint, Uri QueueEndpoint)
{
    public const string DevelopmentAccountName = "devstoreaccount1";
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static StorageConnectionString Parse(string connectionString)
    {
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && dev.Equals("true", StringComparison.OrdinalIgnoreCase))
            return new StorageConnectionString(DevelopmentAccountName, Convert.FromBase64String(DevelopmentAccountKey),
                new Uri($"http://127.0.0.1:10000/{DevelopmentAccountName}/"), new Uri($"http://127.0.0.1:10001/{DevelopmentAccountName}/"));

        if (!parts.TryGetValue("AccountName", out var account) || !parts.TryGetValue("AccountKey", out var key))
            throw new FormatException("the storage connection string must have AccountName and AccountKey (SharedKey), or be UseDevelopmentStorage=true");
        byte[] keyBytes;
        try
        {
            keyBytes = Convert.FromBase64String(key);
        }
        catch (FormatException)
        {
            throw new FormatException("the storage connection string's AccountKey is not base64");
        }
        var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return new StorageConnectionString(account, keyBytes,
            WithSlash(parts.GetValueOrDefault("BlobEndpoint") ?? $"{protocol}://{account}.blob.{suffix}"),
            WithSlash(parts.GetValueOrDefault("QueueEndpoint") ?? $"{protocol}://{account}.queue.{suffix}"));
    }

    private static Uri WithSlash(string uri) => new(uri.EndsWith('/') ? uri : uri + "/");
}
