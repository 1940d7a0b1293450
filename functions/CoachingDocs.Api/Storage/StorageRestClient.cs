using System.Net;
using Polly;
using Polly.Retry;

namespace CoachingDocs.Api.Storage;

/// <summary>
/// Sends signed requests to Azure Storage with retries (Polly) on the failures the Azure SDK retries: timeouts,
/// throttling and 5xx. A request is rebuilt and re-signed for each attempt, so its content must be replayable.
/// </summary>
public sealed class StorageRestClient(HttpClient http, SharedKeySigner signer, TimeProvider clock)
{
    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.RequestTimeout, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError,
        HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = 4,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .Handle<TaskCanceledException>(ex => !ex.CancellationToken.IsCancellationRequested)
                .HandleResult(r => Transient.Contains(r.StatusCode)),
            OnRetry = args =>
            {
                args.Outcome.Result?.Dispose();
                return default;
            },
        })
        .Build();

    /// <summary>Sends the request <paramref name="build"/> makes; the caller disposes the response.</summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        return await _pipeline.ExecuteAsync(async token =>
        {
            using var request = build();
            signer.Sign(request, clock.GetUtcNow());
            return await http.SendAsync(request, completion, token);
        }, cancellationToken);
    }

    /// <summary>Throws a <see cref="StorageRequestException"/> naming the operation and the service's error code.</summary>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        var code = response.Headers.TryGetValues("x-ms-error-code", out var values) ? values.FirstOrDefault() : null;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new StorageRequestException(operation, response.StatusCode, code ?? Truncate(body));
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200];
}
