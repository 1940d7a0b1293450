namespace CoachingDocs.Api.Security;

/// <summary>
/// Refuses requests without a good key when keys are required. It runs after routing so it sees the endpoint: every
/// endpoint needs a key unless it carries <see cref="AllowWithoutApiKey"/>, so a newly added endpoint is protected by default.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyPolicy policy, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!policy.Required
            || context.GetEndpoint()?.Metadata.GetMetadata<AllowWithoutApiKey>() is not null
            || ApiKeyPolicy.HeaderNames.Any(h => policy.Accepts(context.Request.Headers[h])))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "An API key is required",
                Detail = $"Send the key in the {string.Join(" or ", ApiKeyPolicy.HeaderNames)} header.",
            },
        });
    }
}
