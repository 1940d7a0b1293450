using System.Text.Json;
using CoachingDocs.Core.Reading;

namespace CoachingDocs.Core.Tests.Reading;

/// <summary>
/// The service's duration parser against tests/shared/duration-cases.json, the table the add-in's TypeScript parser
/// runs too (addin/test/unit/durationAgreement.test.ts): one table, so the pane and the check read a duration alike.
/// </summary>
public class DurationAgreementTests
{
    private sealed record Case(string Input, int? Minutes, string? CsharpPending);

    private static readonly IReadOnlyList<Case> Cases = Load();

    private static List<Case> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TemplateFiller.RepoRoot(), "tests", "shared", "duration-cases.json")));
        return json.RootElement.GetProperty("cases").EnumerateArray().Select(c => new Case(
            c.GetProperty("input").GetString()!,
            c.GetProperty("minutes").ValueKind == JsonValueKind.Null ? null : c.GetProperty("minutes").GetInt32(),
            c.TryGetProperty("csharpPending", out var p) ? p.GetString() : null)).ToList();
    }

    public static TheoryData<string> Agreed() => new(Cases.Where(c => c.CsharpPending is null).Select(c => c.Input));

    public static TheoryData<string> Pending() => new(Cases.Where(c => c.CsharpPending is not null).Select(c => c.Input));

    [Theory]
    [MemberData(nameof(Agreed))]
    public void Reads_a_duration_as_the_shared_table_says(string input)
    {
        var expected = Cases.Single(c => c.Input == input).Minutes;
        Assert.Equal(expected, DurationParser.Parse(input)?.Minutes);
    }

    /// <summary>A row marked pending still disagrees; once the parser agrees this fails, and the mark comes off the row.</summary>
    [Theory]
    [MemberData(nameof(Pending))]
    public void A_row_marked_pending_still_disagrees(string input)
    {
        var expected = Cases.Single(c => c.Input == input).Minutes;
        Assert.NotEqual(expected, DurationParser.Parse(input)?.Minutes);
    }

    [Fact]
    public void The_table_has_each_input_once()
    {
        Assert.Equal(Cases.Count, Cases.Select(c => c.Input).Distinct(StringComparer.Ordinal).Count());
        Assert.True(Cases.Count >= 40, $"only {Cases.Count} cases");
    }
}
