using System.Security.Cryptography;
using System.Text;
using CoachingDocs.Api.Hosting;

namespace CoachingDocs.Api.Security;

/// <summary>Decides, once at start-up, whether requests need a key and which keys are good.</summary>
public sealed class ApiKeyPolicy
{
    public static IReadOnlyList<string> HeaderNames => RequestOwner.KeyHeaders;

    private readonly IReadOnlyList<byte[]> _keys;
    private readonly ApiKeySettings _settings;
    private readonly ListenAddresses _listen;
    private volatile bool _required;

    public ApiKeyPolicy(ApiKeySettings settings, ListenAddresses listen)
    {
        _settings = settings;
        _listen = listen;
        _keys = settings.Keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Encoding.UTF8.GetBytes(k.Trim())).ToList();
        Required = settings.Required ?? listen.BeyondLoopback;
        if (Required && _keys.Count == 0)
            ConfigurationProblem =
                $"The service listens beyond this computer ({string.Join(", ", listen.Urls)}) but no API key is configured: " +
                $"set {ApiKeySettings.SectionName}__Keys__0 (or {ApiKeySettings.SectionName}:Keys:0), or listen on localhost only.";
    }

    public bool Required { get => _required; private set => _required = value; }

    /// <summary>Why the service must not start (or go on) with these settings; null when it may.</summary>
    public string? ConfigurationProblem { get; private set; }

    /// <summary>
    /// Applies the rule again to the addresses the server actually bound (Kestrel endpoints configured any way:
    /// <c>urls</c>, <c>Kestrel__Endpoints__*__Url</c>, code). Beyond loopback, a key becomes required; with no key
    /// configured, <see cref="ConfigurationProblem"/> is set and, as no key can match, every protected request is refused.
    /// </summary>
    public void ApplyBoundAddresses(IEnumerable<string> bound)
    {
        if (_settings.Required is not null) return; // said explicitly
        var addresses = new ListenAddresses([.. bound]);
        if (!addresses.BeyondLoopback) return;
        Required = true;
        if (_keys.Count == 0)
            ConfigurationProblem =
                $"The service is bound beyond this computer ({string.Join(", ", addresses.Urls)}) but no API key is configured: " +
                $"set {ApiKeySettings.SectionName}__Keys__0 (or {ApiKeySettings.SectionName}:Keys:0), or listen on localhost only.";
    }

    public bool Accepts(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return false;
        var bytes = Encoding.UTF8.GetBytes(presented.Trim());
        // Every key is compared in fixed time so response timing does not reveal how much of a key matched.
        var match = false;
        foreach (var key in _keys)
            match |= CryptographicOperations.FixedTimeEquals(key, bytes);
        return match;
    }
}
