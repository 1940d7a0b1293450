using CoachingDocs.Core.Checking;
using CoachingDocs.Core.Generation;
using static CoachingDocs.Core.Tests.Fixtures;

namespace CoachingDocs.Core.Tests.Checking;

/// <summary>
/// Every document kind of every unit, as the generator makes it and nobody filled it, checks as empty: what the
/// template printed (labels, client references, pre-filled session numbers, the plan's horizon) is never the learner's.
/// </summary>
public class BlankGeneratedDocumentTests
{
    private static readonly DocumentGenerator Generator = new(TemplateFiller.Catalogue);

    public static TheoryData<string, string> KindsOfEveryUnit()
    {
        var data = new TheoryData<string, string>();
        foreach (var unit in TemplateFiller.Catalogue.Units)
            foreach (var kind in unit.DocumentKinds)
                data.Add(unit.Id, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(KindsOfEveryUnit))]
    public void A_blank_generated_document_checks_as_empty(string unitId, string kind)
    {
        using var stream = new MemoryStream();
        var file = Generator.Generate(new DocumentRequest(kind, unitId, null, TemplateFiller.Learner), stream);
        var report = CheckRunner.Run(TemplateFiller.Catalogue, [Upload(file.FileName, stream.ToArray())], unitId);

        Assert.Equal(0, report.Hours.TotalMinutes);
        Assert.Empty(report.Hours.ByClientMinutes);
        Assert.Empty(report.Sessions);
        Assert.Equal(0, report.Supervision.Sessions);
        Assert.Null(report.PlanMonths);
        Assert.True(report.Marks is null || report.Marks.Sections.All(s => s.Awarded is null), "a blank mark sheet has no marks");
        Assert.All(report.Criteria, c => Assert.Empty(c.Evidence));
        Assert.DoesNotContain(report.Rules, r => r.Status == RuleStatus.Met);
    }
}
