namespace CoachingDocs.Core.Templates;

/// <summary>The 15 coach attributes of the ILM client feedback form (8585 handbook, Appendix 5), verbatim and in order.</summary>
public static class ClientFeedbackAttributes
{
    public static readonly IReadOnlyList<string> All =
    [
        "Builds rapport", "Is non-judgemental", "Shows listening skills", "Uses questioning skills to help me self-reflect",
        "Has a structured approach to sessions", "Is friendly", "Helps me set my goals", "Shows empathy", "Shows respect",
        "Is supportive", "Maintains confidentiality", "Has patience", "Gives feedback when appropriate", "Accepts feedback",
        "Helps me achieve my goals",
    ];

    public const string OverallQuestion =
        "Please describe your overall experience of coaching with your coach and to what extent you achieved your goals";

    public const string ImproveQuestion = "If you have given any low scores, please suggest how your coach could improve?";
}
