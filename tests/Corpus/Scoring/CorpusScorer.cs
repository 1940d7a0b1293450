using System.Globalization;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Packaging;
using CoachingDocs.Core.Reports;

namespace CoachingDocs.Corpus;

/// <summary>
/// Checks a case's files together through the path `coachdocs check` uses (<see cref="CheckRunner.Run"/>, the unit from
/// the truth) and compares the report with truth.json field by field. The one comparison the corpus test and the bench
/// `accuracy` verb share. Client references are compared as written ("Client 1" is not "1").
/// </summary>
public static class CorpusScorer
{
    public static CaseScore Score(QualificationCatalogue catalogue, CorpusCase corpusCase)
    {
        var truth = corpusCase.Truth;
        var streams = truth.Files.Select(f => new UploadedFile(f, new MemoryStream(File.ReadAllBytes(Path.Combine(corpusCase.Folder, f))))).ToList();
        CheckReport report;
        try
        {
            report = CheckRunner.Run(catalogue, streams, truth.Unit, clock: TimeProvider.System);
        }
        catch (UploadRejectedException ex)
        {
            var rejected = $"rejected {ex.Code} ({ex.FileName})";
            return new CaseScore(corpusCase.Name, truth, [.. CorpusFields.All.Select(f => new FieldMismatch(f, "a report", rejected))]);
        }
        return new CaseScore(corpusCase.Name, truth, Compare(truth, report));
    }

    public static IReadOnlyList<FieldMismatch> Compare(CaseTruth truth, CheckReport report)
    {
        var wrong = new List<FieldMismatch>();
        void Check(string field, string expected, string actual)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal)) wrong.Add(new FieldMismatch(field, expected, actual));
        }

        Check(CorpusFields.Hours, $"{truth.TotalMinutes} min", $"{report.Hours.TotalMinutes} min");
        Check(CorpusFields.PerClientHours, Clients(truth.ByClientMinutes), Clients(report.Hours.ByClientMinutes));
        Check(CorpusFields.Clients, Num(truth.Clients), Num(report.Clients));
        Check(CorpusFields.Sessions, Num(truth.Sessions), Num(report.Sessions.Count));
        Check(CorpusFields.Supervision, $"{truth.SupervisionSessions} sessions, {truth.SupervisionMinutes} min",
            $"{report.Supervision.Sessions} sessions, {report.Supervision.Minutes} min");
        Check(CorpusFields.PlanMonths, Months(truth.PlanMonths), Months(report.PlanMonths));
        Check(CorpusFields.Marks, truth.Marks is { } m ? $"awarded {m.Awarded}, stated {Num(m.StatedTotal)}" : "none",
            report.Marks is { } r ? $"awarded {r.Awarded}, stated {Num(r.StatedTotal)}" : "none");
        Check(CorpusFields.Rules, Rules(truth.Rules, truth.Rules), Rules(report.Rules.GroupBy(x => x.Kind).ToDictionary(g => g.Key, g => g.First().Status), truth.Rules));
        Check(CorpusFields.Findings, Codes(truth.Findings), Codes(report.Findings.Select(f => f.Code)));
        return wrong;
    }

    private static string Num(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Months(decimal? months) => months is { } m ? m.ToString("0.##", CultureInfo.InvariantCulture) : "none";

    private static string Clients(IReadOnlyDictionary<string, int> byClient) =>
        byClient.Count == 0 ? "{}" : "{" + string.Join(", ", byClient.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"\"{kv.Key}\": {kv.Value}")) + "}";

    private static string Codes(IEnumerable<string> codes) => "[" + string.Join(", ", codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) + "]";

    /// <summary>Every rule the truth states, by kind; over zero records "not applicable" is as good as "not met" (never "met").</summary>
    private static string Rules(IReadOnlyDictionary<string, string> statuses, IReadOnlyDictionary<string, string> expected) =>
        "{" + string.Join(", ", expected.Keys.Order(StringComparer.Ordinal).Select(kind =>
        {
            var status = statuses.TryGetValue(kind, out var s) ? s : "absent";
            return $"{kind}: {(status == "notApplicable" && expected[kind] == "notMet" ? "notMet" : status)}";
        })) + "}";
}
