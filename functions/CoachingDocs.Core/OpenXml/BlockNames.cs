namespace CoachingDocs.Core.OpenXml;

/// <summary>Names of repeating blocks (<c>cd1:r:</c> / <c>cd1:i:</c>): one item per session, entry, form or objective.</summary>
public static class BlockNames
{
    public const string Session = "session";
    public const string Client = "client";
    public const string ReflectiveEntry = "reflection";
    public const string FeedbackForm = "feedback";
    public const string SupervisionSession = "supervision";
    public const string Objective = "objective";
    public const string CriterionRow = "criterion";
    public const string Review = "review";
    public const string MarkSection = "markSection";
    public const string DiscussionPoint = "discussionPoint";
}
