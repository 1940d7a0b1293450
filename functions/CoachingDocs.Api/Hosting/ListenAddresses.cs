namespace CoachingDocs.Api.Hosting;

/// <summary>
/// The addresses the service listens on. Under Azure Functions (FUNCTIONS_CUSTOMHANDLER_PORT set) it is the custom
/// handler and listens on 127.0.0.1 at that port, behind the Functions host; otherwise on the configured <c>urls</c>,
/// or http://localhost:7071 (the port the Functions host uses locally, so clients need no change between the two).
/// </summary>
public sealed record ListenAddresses(IReadOnlyList<string> Urls, bool BehindFunctionsHost)
{
    public const string DefaultUrl = "http://localhost:7071";
    public const string FunctionsPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static ListenAddresses From(IConfiguration configuration)
    {
        if (configuration[FunctionsPortVariable] is { Length: > 0 } port)
        {
            if (!int.TryParse(port, out var number) || number is < 1 or > 65535)
                throw new InvalidOperationException($"{FunctionsPortVariable} is '{port}', which is not a port number.");
            return new ListenAddresses([$"http://127.0.0.1:{number}"], BehindFunctionsHost: true);
        }
        var urls = configuration["urls"];
        return string.IsNullOrWhiteSpace(urls)
            ? new ListenAddresses([DefaultUrl], false)
            : new ListenAddresses(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), false);
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
