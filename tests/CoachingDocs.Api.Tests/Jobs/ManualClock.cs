namespace CoachingDocs.Api.Tests.Jobs;

/// <summary>A clock the test moves by hand, to test expiry without waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
