using CoachingDocs.Core.Validation;
using Microsoft.AspNetCore.Diagnostics;

namespace CoachingDocs.Api.Problems;

/// <summary>
/// Core services throw <see cref="InvalidRequestException"/> for input they refuse (before writing anything); any endpoint
/// that lets one escape answers 400 with the fields named, never a 500.
/// </summary>
public sealed class InvalidRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not InvalidRequestException invalid) return false;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(InputProblems.ToErrors(invalid.Problems))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = InputProblems.Title,
            },
            Exception = exception,
        });
    }
}
