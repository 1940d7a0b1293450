namespace CoachingDocs.Api.Jobs;

/// <summary>Configuration section "Jobs" (docs/cohorts.md).</summary>
public sealed class JobSettings
{
    public const string SectionName = "Jobs";

    /// <summary>"local" runs jobs on an in-process worker pool; "queue" fans them out through an Azure Storage queue.</summary>
    public string Mode { get; set; } = JobModes.Local;

    /// <summary>How many jobs the local pool runs at once; each job also generates several learners in parallel.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>How many jobs may wait for a worker before new ones are refused (HTTP 503).</summary>
    public int QueueCapacity { get; set; } = 100;

    /// <summary>The Azure Storage queue the fan-out uses, and the learners each message carries.</summary>
    public string QueueName { get; set; } = "cohort-work";
    public int LearnersPerMessage { get; set; } = 25;

    /// <summary>The largest roster upload accepted.</summary>
    public long MaxRosterBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The largest cohort submissions upload accepted (a zip or many files).</summary>
    public long MaxSubmissionBytes { get; set; } = 512L * 1024 * 1024;
}
