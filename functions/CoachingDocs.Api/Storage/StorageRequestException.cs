using System.Net;

namespace CoachingDocs.Api.Storage;

/// <summary>Azure Storage refused a request (after retries): which operation, the HTTP status and the service's error code.</summary>
public sealed class StorageRequestException(string operation, HttpStatusCode status, string errorCode)
    : Exception($"Azure Storage {operation} failed: {(int)status} {status} ({errorCode})")
{
    public HttpStatusCode Status { get; } = status;
    public string ErrorCode { get; } = errorCode;
}
