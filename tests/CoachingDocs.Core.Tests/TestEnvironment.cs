namespace CoachingDocs.Core.Tests;

/// <summary>What the test run was asked to be: under CI=true a missing prerequisite is a failure, never a skip.</summary>
internal static class TestEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
