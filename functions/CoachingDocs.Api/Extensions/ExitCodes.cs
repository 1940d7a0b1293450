namespace CoachingDocs.Api.Extensions;

/// <summary>The service's process exit codes: a start-up that cannot go ahead says why on stderr and exits with one of these.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int BadCatalogue = 3;
    public const int BadConfiguration = 4;
}
