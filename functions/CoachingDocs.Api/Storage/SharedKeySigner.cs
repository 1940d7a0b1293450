using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Web;

namespace CoachingDocs.Api.Storage;

/// <summary>
/// Signs a request with the storage account key ("Authorize with Shared Key", Blob and Queue services, version
/// 2009-09-19 and later). Hand-written because the Azure SDK does not restore here; see docs/storage.md.
/// </summary>
public sealed class SharedKeySigner(string accountName, byte[] accountKey)
{
    public const string ApiVersion = "2023-11-03";

    public void Sign(HttpRequestMessage request, DateTimeOffset now)
    {
        request.Headers.Remove("x-ms-date");
        request.Headers.Remove("x-ms-version");
        request.Headers.TryAddWithoutValidation("x-ms-date", now.UtcDateTime.ToString("R"));
        request.Headers.TryAddWithoutValidation("x-ms-version", ApiVersion);

        var content = request.Content?.Headers;
        var length = content?.ContentLength is > 0 and var l ? l.ToString() : "";
        var stringToSign = string.Join('\n',
            request.Method.Method.ToUpperInvariant(),
            Joined(content?.ContentEncoding),
            Joined(content?.ContentLanguage),
            length,
            content?.ContentMD5 is { } md5 ? Convert.ToBase64String(md5) : "",
            content?.ContentType?.ToString() ?? "",
            "", // Date: x-ms-date is used instead
            "", "", "", "", // If-Modified-Since, If-Match, If-None-Match, If-Unmodified-Since
            request.Headers.Range?.ToString() ?? "",
            CanonicalizedHeaders(request) + CanonicalizedResource(request.RequestUri!));

        using var hmac = new HMACSHA256(accountKey);
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        request.Headers.Authorization = new AuthenticationHeaderValue("SharedKey", $"{accountName}:{signature}");
    }

    private static string Joined(ICollection<string>? values) => values is { Count: > 0 } ? string.Join(",", values) : "";

    private static string CanonicalizedHeaders(HttpRequestMessage request)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: string.Join(",", h.Value.Select(v => v.Trim()))))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
        return string.Concat(headers.Select(h => $"{h.Name}:{h.Value}\n"));
    }

    private string CanonicalizedResource(Uri uri)
    {
        // The path is used as sent (still percent-encoded); for Azurite it already starts with the account name.
        var builder = new StringBuilder("/").Append(accountName).Append(uri.AbsolutePath);
        var query = HttpUtility.ParseQueryString(uri.Query);
        foreach (var key in query.AllKeys.Where(k => k is not null).Select(k => k!).OrderBy(k => k.ToLowerInvariant(), StringComparer.Ordinal))
        {
            var values = (query.GetValues(key) ?? []).Order(StringComparer.Ordinal);
            builder.Append('\n').Append(key.ToLowerInvariant()).Append(':').Append(string.Join(",", values));
        }
        return builder.ToString();
    }
}
