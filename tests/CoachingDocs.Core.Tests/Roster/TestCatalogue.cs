using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Tests.Roster;

/// <summary>A small catalogue in code, so roster tests do not depend on the catalogue data files changing.</summary>
internal static class TestCatalogue
{
    public static QualificationCatalogue Create()
    {
        static Unit Unit(string id) => new(id, null, "8585", "Unit " + id, 3, 4, 20, "portfolio",
            [new LearningOutcome("1", "Understand", [new AssessmentCriterion("1.1", "Explain", null, null, [])])], [], [], null, null);
        return new QualificationCatalogue("test",
            [new Qualification("8585-L3-CERT", "ILM Level 3 Certificate in Effective Coaching", 3, "8585", "8585-03",
                ["8585-300", "8585-302", "8585-303"], [], 13, 13, null, null, null)],
            [Unit("8585-300"), Unit("8585-302"), Unit("8585-303")]);
    }
}
