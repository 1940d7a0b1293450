namespace CoachingDocs.Api.Apis;

/// <summary>
/// A time budget for one check (configuration <c>Check:TimeBudgetSeconds</c>, default 20). The check runs on the thread
/// pool with one cancellation token that fires when the budget is spent, the client goes away or the server stops,
/// whichever comes first; the reader looks at it every few hundred XML nodes, so the work itself stops, not only the
/// wait. The answer does not wait for the work to wind down: past the budget the client gets a clear 503
/// (REJECT_TIME_BUDGET) at once, and a stopping server answers its checks and shuts down within a few seconds.
/// </summary>
public static class CheckBudget
{
    public const string Code = "REJECT_TIME_BUDGET";
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(20);

    public sealed class ExceededException(TimeSpan budget) : Exception($"the check took longer than its {budget.TotalSeconds:0} s budget")
    {
        public TimeSpan Budget { get; } = budget;
    }

    public static async Task<T> RunAsync<T>(HttpContext context, Func<CancellationToken, T> work)
    {
        var configuration = context.RequestServices.GetRequiredService<IConfiguration>();
        var budget = configuration.GetValue<double?>("Check:TimeBudgetSeconds") is { } seconds and > 0 ? TimeSpan.FromSeconds(seconds) : Default;
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        linked.CancelAfter(budget);
        var token = linked.Token;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var task = Task.Run(() => work(token), token);
        try
        {
            var result = await task.WaitAsync(token);
            // The timer may fire late on a busy machine; a check that overran its budget is answered as one all the same.
            if (clock.Elapsed > budget) throw new ExceededException(budget);
            return result;
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            throw new ExceededException(budget);
        }
    }
}
