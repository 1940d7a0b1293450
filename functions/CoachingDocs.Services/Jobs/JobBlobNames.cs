using System.Text.RegularExpressions;

namespace CoachingDocs.Api.Jobs;

/// <summary>Where a job's pieces live in storage. Job ids are 32 hex digits, checked before they reach a blob name.</summary>
public static partial class JobBlobNames
{
    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex JobId();

    public static bool IsJobId(string id) => JobId().IsMatch(id);

    public static string NewJobId() => Guid.NewGuid().ToString("N");

    public static string Record(string id) => $"jobs/{Checked(id)}/job.json";
    public static string Roster(string id) => $"jobs/{Checked(id)}/roster";
    public static string Output(string id) => $"jobs/{Checked(id)}/output.zip";
    public static string Checkpoints(string id) => $"jobs/{Checked(id)}/checkpoints/";
    public static string FailedMarkers(string id) => $"jobs/{Checked(id)}/failed/";
    public static string Prefix(string id) => $"jobs/{Checked(id)}/";

    private static string Checked(string id) => IsJobId(id) ? id : throw new ArgumentException("not a job id", nameof(id));
}
