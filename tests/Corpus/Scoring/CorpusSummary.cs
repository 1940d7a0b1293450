using System.Text;

namespace CoachingDocs.Corpus;

/// <summary>The score over the whole corpus: "N/M exact" and, per field, how many cases got it right.</summary>
public static class CorpusSummary
{
    public static string Format(IReadOnlyList<CaseScore> scores)
    {
        var text = new StringBuilder();
        text.AppendLine($"{scores.Count(s => s.Exact)}/{scores.Count} exact");
        foreach (var field in CorpusFields.All)
            text.AppendLine($"  {field,-15} {scores.Count(s => !s.WrongFields.Contains(field)),3}/{scores.Count}");
        return text.ToString();
    }
}
