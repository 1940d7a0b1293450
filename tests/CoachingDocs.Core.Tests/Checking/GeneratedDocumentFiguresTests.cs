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
        Figure(c, "sessions", report.Sessions.Count);
        Figure(c, "minutes", report.Hours.TotalMinutes);
        Figure(c, "clients", report.Clients);
        Figure(c, "supervisionSessions", report.Supervision.Sessions);
        Figure(c, "unreadable", report.Findings.Count(f => f.Code == FindingCodes.UnreadableDuration));
        var covered = c.GetProperty("covered").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Equal(covered, report.Criteria.Where(x => x.Status != "missing").Select(x => x.Ref).ToList());
    }

    /// <summary>
    /// A figure the check must read as the table gives it; or, when the row marks it csharpPending (the reader is known
    /// not to read it yet, with the reason), one it must still read otherwise, so the mark comes off when the reader is fixed.
    /// </summary>
    private static void Figure(JsonElement c, string figure, int actual)
    {
        var expected = c.GetProperty(figure).GetInt32();
        if (c.TryGetProperty("csharpPending", out var pending) && pending.TryGetProperty(figure, out _))
            Assert.NotEqual(expected, actual);
        else
            Assert.Equal(expected, actual);
    }
}
