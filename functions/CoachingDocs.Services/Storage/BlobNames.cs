namespace CoachingDocs.Api.Storage;

/// <summary>
/// The blob names both implementations accept: relative, '/'-separated, no empty, "." or ".." segments, no backslash
/// or control characters. Checked in one place so a name that works locally also works in Azure and can never
/// escape the local storage folder.
/// </summary>
public static class BlobNames
{
    public const int MaxLength = 1024;
    public const string ExpiryMetadataName = "expireson";
    public const string DefaultContentType = "application/octet-stream";

    public static string Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > MaxLength || name.Any(char.IsControl) || name.Contains('\\') || name.Contains(':')
            || name.Split('/').Any(segment => segment is "" or "." or ".."))
            throw new ArgumentException($"'{name}' is not a valid blob name: use relative '/'-separated names without '.', '..', ':' or '\\'", nameof(name));
        return name;
    }
}
