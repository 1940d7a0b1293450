using System.Text.Json;
using CoachingDocs.Core.Checking;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>
/// The check's figures on documents our generator made (tests/shared/generated, blank and filled), against
/// tests/shared/generated/expected.json: the same table the Word add-in's unit tests hold the pane to
/// (addin/test/unit/generatedDocuments.test.ts), so the pane and the check say the same about the same files.
/// </summary>
public class GeneratedDocumentFiguresTests
{
    private static readonly string Folder = Path.Combine(TemplateFiller.RepoRoot(), "tests", "shared", "generated");

    private static readonly JsonElement Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json"))).RootElement;

    public static TheoryData<string> Cases() => new(Expected.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("name").GetString()!));

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_check_reads_the_figures_the_table_gives(string name)
    {
        var c = Expected.GetProperty("cases").EnumerateArray().Single(x => x.GetProperty("name").GetString() == name);
        var files = c.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [.. files.Select(f => Upload(f, File.ReadAllBytes(Path.Combine(Folder, f))))],
            c.TryGetProperty("unit", out var own) ? own.GetString() : Expected.GetProperty("unit").GetString());

        if (c.GetProperty("kind").GetString() is { } kind)
            Assert.All(report.Documents, d => Assert.Equal(kind, d.Kind));
        Assert.Equal(c.GetProperty("sessions").GetInt32(), report.Sessions.Count);
        Assert.Equal(c.GetProperty("minutes").GetInt32(), report.Hours.TotalMinutes);
        Assert.Equal(c.GetProperty("clients").GetInt32(), report.Clients);
        Assert.Equal(c.GetProperty("supervisionSessions").GetInt32(), report.Supervision.Sessions);
        Assert.Equal(c.GetProperty("unreadable").GetInt32(), report.Findings.Count(f => f.Code == FindingCodes.UnreadableDuration));
        var covered = c.GetProperty("covered").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Equal(covered, report.Criteria.Where(x => x.Status != "missing").Select(x => x.Ref).ToList());
    }
}
