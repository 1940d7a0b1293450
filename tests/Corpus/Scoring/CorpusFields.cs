namespace CoachingDocs.Corpus;

/// <summary>The fields a case is scored on, in the order they are reported (docs/corpus.md).</summary>
public static class CorpusFields
{
    public const string Hours = "hours";
    public const string PerClientHours = "perClientHours";
    public const string Clients = "clients";
    public const string Sessions = "sessions";
    public const string Supervision = "supervision";
    public const string PlanMonths = "planMonths";
    public const string Marks = "marks";
    public const string Rules = "rules";
    public const string Findings = "findings";

    public static readonly IReadOnlyList<string> All = [Hours, PerClientHours, Clients, Sessions, Supervision, PlanMonths, Marks, Rules, Findings];
}
