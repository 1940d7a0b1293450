namespace CoachingDocs.Core.Catalogue;

/// <summary>The rule kinds the catalogue may use; the loader rejects any other so a typo cannot silently switch a rule off.</summary>
public static class RuleKinds
{
    public const string MinHours = "minHours";
    public const string MinIndividuals = "minIndividuals";
    public const string MaxIndividuals = "maxIndividuals";
    public const string MinSupervisionSessions = "minSupervisionSessions";
    public const string MinSupervisionHours = "minSupervisionHours";
    public const string MinPlanMonths = "minPlanMonths";
    public const string ReflectionEverySession = "reflectionEverySession";
    public const string FeedbackEverySession = "feedbackEverySession";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        MinHours, MinIndividuals, MaxIndividuals, MinSupervisionSessions, MinSupervisionHours,
        MinPlanMonths, ReflectionEverySession, FeedbackEverySession,
    };
}
