using Microsoft.AspNetCore.Mvc;

namespace CoachingDocs.Api.Apis;

public static class RequestBodyLimits
{
    /// <summary>Tells the server (Kestrel) to stop reading a generation request body past <see cref="JsonBodyReader.MaxBodyBytes"/>.</summary>
    public static RouteHandlerBuilder WithRequestBodyLimit(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new RequestSizeLimitAttribute(JsonBodyReader.MaxBodyBytes + 1));
}
