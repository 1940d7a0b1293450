namespace CoachingDocs.Core.Packaging;

/// <summary>
/// An upload that cannot be checked at all. <see cref="Code"/> is stable (REJECT_*), the message is plain English
/// naming the file and what to do, fit to show as is; no stack trace needs to reach the user.
/// </summary>
public sealed class UploadRejectedException(string code, string fileName, string message, Exception? inner = null)
    : Exception($"{fileName}: {message}", inner)
{
    public string Code { get; } = code;
    public string FileName { get; } = fileName;
    public string Problem { get; } = message;
}
