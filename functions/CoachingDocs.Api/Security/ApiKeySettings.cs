namespace CoachingDocs.Api.Security;

/// <summary>
/// Section <c>ApiKeys</c>. <see cref="Keys"/> are accepted in the <c>x-api-key</c> or <c>x-functions-key</c> header.
/// <see cref="Required"/>: unset means "required whenever the service listens beyond loopback" (in Azure the
/// isolated-worker app runs instead, and the Functions host checks function keys).
/// </summary>
public sealed class ApiKeySettings
{
    public const string SectionName = "ApiKeys";

    public List<string> Keys { get; set; } = [];

    public bool? Required { get; set; }
}
