using System.Text.Json;

namespace CoachingDocs.Api.Jobs;

/// <summary>One queue message of the fan-out: generate roster learners [First, First + Count) of job <see cref="JobId"/>.</summary>
public sealed record CohortWorkMessage(string JobId, int First, int Count)
{
    /// <summary>The message a queue carries; throws <see cref="FormatException"/> saying what is wrong (the queue then retries it, then poisons it).</summary>
    public static CohortWorkMessage Parse(string text)
    {
        CohortWorkMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<CohortWorkMessage>(text, JobJson.Options);
        }
        catch (JsonException)
        {
            throw new FormatException("the queue message is not JSON");
        }
        if (message is null || !JobBlobNames.IsJobId(message.JobId ?? "") || message.First < 0 || message.Count < 1)
            throw new FormatException("the queue message is not a cohort work message (jobId of 32 hex digits, first >= 0, count >= 1)");
        return message;
    }

    public string ToJson() => JsonSerializer.Serialize(this, JobJson.Options);
}
