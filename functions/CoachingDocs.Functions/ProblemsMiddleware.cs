using CoachingDocs.Core.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace CoachingDocs.Functions;

/// <summary>
/// What the local server's exception handler does, for HTTP functions: input a Core service refused answers 400 with
/// the fields named (the same <see cref="IExceptionHandler"/>s the local server registers), anything else a 500 problem
/// with no stack trace and no message (messages from deep inside generation could quote learner data).
/// </summary>
public sealed class ProblemsMiddleware(ILogger<ProblemsMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            var error = ex is AggregateException { InnerException: { } inner } ? inner : ex;
            foreach (var handler in http.RequestServices.GetServices<IExceptionHandler>())
                if (await handler.TryHandleAsync(http, error, http.RequestAborted))
                    return;
            if (error is not InvalidRequestException)
                logger.LogError("Function {Function} failed: {ErrorType}", context.FunctionDefinition.Name, error.GetType().Name);
            await Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "An error occurred while processing your request.")
                .ExecuteAsync(http);
        }
    }
}
