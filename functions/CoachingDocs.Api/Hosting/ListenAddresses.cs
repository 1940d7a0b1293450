namespace CoachingDocs.Api.Hosting;

/// <summary>
/// The addresses the local server listens on: the configured <c>urls</c>, or http://localhost:7071 (the port the
/// Functions host uses locally, so clients need no change between the two). In Azure the isolated-worker app
/// (CoachingDocs.Functions) runs instead; this server is never behind the Functions host, so nothing here waives the key.
/// </summary>
public sealed record ListenAddresses(IReadOnlyList<string> Urls)
{
    public const string DefaultUrl = "http://localhost:7071";

    public static ListenAddresses From(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        return string.IsNullOrWhiteSpace(urls)
            ? new ListenAddresses([DefaultUrl])
            : new ListenAddresses(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>True when any address can be reached from another computer (a wildcard or a non-loopback host).</summary>
    public bool BeyondLoopback => Urls.Any(url => !IsLoopback(url));

    private static bool IsLoopback(string url)
    {
        var host = HostOf(url);
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
    }

    // Kestrel accepts "http://*:80" and "http://+:80", which Uri does not parse, so the host is cut out by hand.
    private static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var end = rest.IndexOf('/');
        if (end >= 0) rest = rest[..end];
        if (rest.StartsWith('[')) return rest[..(rest.IndexOf(']') + 1)];
        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }
}
