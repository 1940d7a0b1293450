namespace CoachingDocs.Api.Apis;

/// <summary>
/// A time budget for one check (configuration <c>Check:TimeBudgetSeconds</c>, default 20). The check runs on the thread
/// pool while the request waits for it, the budget, the client going away or the server stopping, whichever comes first;
/// past the budget the client gets a clear 503 (REJECT_TIME_BUDGET) instead of waiting on. The reading itself is bounded
/// by the upload limits (sizes, depth, field lengths), so work left running after an answer ends on its own.
/// </summary>
public static class CheckBudget
{
    public const string Code = "REJECT_TIME_BUDGET";
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(20);

    public sealed class ExceededException(TimeSpan budget) : Exception($"the check took longer than its {budget.TotalSeconds:0} s budget")
    {
        public TimeSpan Budget { get; } = budget;
    }

    public static async Task<T> RunAsync<T>(HttpContext context, Func<T> work)
    {
        var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
        var budget = configuration.GetValue<double?>("Check:TimeBudgetSeconds") is { } seconds and > 0 ? TimeSpan.FromSeconds(seconds) : Default;
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var task = Task.Run(work, linked.Token);
        try
        {
            return await task.WaitAsync(budget, linked.Token);
        }
        catch (TimeoutException)
        {
            throw new ExceededException(budget);
        }
    }
}
