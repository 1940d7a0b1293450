using System.Security.Cryptography;
using System.Text;

namespace CoachingDocs.Api.Security;

/// <summary>
/// Who made a cohort job or check: a digest of the key the request presented (x-api-key, x-functions-key, or the
/// Functions host's <c>code</c> query parameter), never the key itself. A job is visible only to requests presenting
/// the same key, so one centre's key cannot read or cancel another's work. Without a key (a service on one computer)
/// every request is the same owner, <see cref="Open"/>.
/// </summary>
public static class RequestOwner
{
    public const string Open = "open";

    public static readonly IReadOnlyList<string> KeyHeaders = ["x-api-key", "x-functions-key"];

    public static string Of(HttpRequest request)
    {
        var presented = KeyHeaders.Select(h => request.Headers[h].ToString()).FirstOrDefault(k => !string.IsNullOrWhiteSpace(k))
            ?? (request.Query["code"].ToString() is { Length: > 0 } code ? code : null);
        return presented is null ? Open : Digest(presented.Trim());
    }

    /// <summary>"key-" and 16 hex digits of the key's SHA-256: enough to tell keys apart, useless for finding the key.</summary>
    public static string Digest(string key) => "key-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
}
