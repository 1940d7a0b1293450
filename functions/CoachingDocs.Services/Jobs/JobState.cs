using System.Text.Json.Serialization;

namespace CoachingDocs.Api.Jobs;

/// <summary>Where a job is; written as its name in JSON ("Running"), whatever the host's JSON options.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobState>))]
public enum JobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
