using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Core.Tests.Generation;

/// <summary>
/// The catalogue the generation tests run over: the real one (templates/catalogue) when the repository has it, else a
/// small sample shaped like it (a practical unit, a knowledge unit, a plan unit, a legacy marks-based unit).
/// </summary>
public static class SampleCatalogue
{
    private static readonly Lazy<QualificationCatalogue> Instance = new(Load);

    public static QualificationCatalogue Catalogue => Instance.Value;

    public static bool IsReal { get; private set; }

    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachingDocs.slnx"))) return dir.FullName;
        return null;
    }

    /// <summary>Every (unit, kind) pair the catalogue says applies, for [Theory] rows.</summary>
    public static TheoryData<string, string> UnitKinds()
    {
        var data = new TheoryData<string, string>();
        foreach (var unit in Catalogue.Units)
            foreach (var kind in unit.DocumentKinds)
                data.Add(unit.Id, kind);
        return data;
    }

    private static QualificationCatalogue Load()
    {
        // CD_CATALOGUE_FOLDER points the tests at another catalogue (a work-in-progress copy, a centre's own).
        var folder = Environment.GetEnvironmentVariable("CD_CATALOGUE_FOLDER") is { Length: > 0 } configured ? configured
            : RepositoryRoot() is { } root ? Path.Combine(root, "templates", "catalogue") : null;
        if (folder is not null && File.Exists(Path.Combine(folder, CatalogueLoader.IndexFileName)))
        {
            IsReal = true;
            return CatalogueLoader.Load(folder);
        }
        return Sample();
    }

    public static QualificationCatalogue Sample()
    {
        AssessmentCriterion Ac(string reference, string text, params string[] evidencedBy) =>
            new(reference, text, "· The plan is missing or incomplete", "· A sufficient plan is provided", evidencedBy);
        UnitRule Rule(string kind, decimal value) => new(kind, value, null, null);

        var practical = new Unit("8585-302", "D/508/1234", "8585", "Undertaking an Extended Period of Coaching within an Organisational Context",
            3, 6, 20, "portfolio",
            [
                new LearningOutcome("1", "Be able to plan effective coaching", [
                    Ac("1.1", "Produce a plan for effective coaching to take place for 12 hours", "coaching-diary#clientPlan"),
                    Ac("1.2", "Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being coached", "coaching-diary#sessionGoal"),
                    Ac("1.3", "Agree an appropriate and confidential contract with individual(s) and other stakeholders", "coaching-diary#contract")]),
                new LearningOutcome("3", "Be able to reflect on coaching", [
                    Ac("3.1", "Reflect on each session and identify key learning to support continuous professional development", "reflective-log#learning"),
                    Ac("3.2", "Gather ongoing feedback on effectiveness of their coaching for each session and show evidence of this", "client-feedback#ratings"),
                    Ac("3.4", "Summarise the outcomes of ongoing supervision for a minimum of 2 sessions of effective coaching to improve practice", "supervision-record#outcomes")]),
            ],
            [Rule(RuleKinds.MinHours, 12), Rule(RuleKinds.MaxIndividuals, 2), Rule(RuleKinds.MinSupervisionSessions, 2)],
            [DocumentKinds.CoachingDiary, DocumentKinds.ReflectiveLog, DocumentKinds.ClientFeedback, DocumentKinds.ObservationFeedback,
             DocumentKinds.SupervisionRecord, DocumentKinds.PortfolioEvidenceMatrix, DocumentKinds.ResultSheet, DocumentKinds.HoursLog],
            null, "002");
        var knowledge = new Unit("8585-300", null, "8585", "Understanding Good Practice in Coaching within an Organisational Context", 3, 3, 9, "assignment",
            [new LearningOutcome("1", "Understand effective coaching within an organisational context", [
                Ac("1.1", "Describe the purpose of effective coaching within an organisational context", "assignment-cover#answers"),
                Ac("1.2", "Explain the role and responsibilities of an effective coach")])],
            [], [DocumentKinds.AssignmentCover, DocumentKinds.ResultSheet], null, "002");
        var plan = new Unit("8585-303", null, "8585", "Reflecting on Coaching Skills within an Organisational Context", 3, 3, 10, "reflective journal",
            [new LearningOutcome("2", "Be able to plan own development", [
                Ac("2.1", "Review own coaching ability to identify future development opportunities", "development-plan#swot"),
                Ac("2.2", "Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success", "development-plan#objectives")])],
            [Rule(RuleKinds.MinPlanMonths, 6)],
            [DocumentKinds.DevelopmentPlan, DocumentKinds.JournalEvidenceMatrix, DocumentKinds.ResultSheet], null, "002");
        var legacy = new Unit("D3.03", null, "legacy", "Undertaking workplace coaching", 3, 3, null, "coaching diary",
            [new LearningOutcome("1", "Be able to plan and undertake workplace coaching", [
                Ac("1.1", "Identify the learning needs and learning styles or preferences of those to be coached"),
                Ac("1.2", "Coach learners in the workplace for at least six hours")])],
            [Rule(RuleKinds.MinHours, 6)],
            [DocumentKinds.CoachingDiary, DocumentKinds.ResultSheet, DocumentKinds.HoursLog],
            new MarkSheet("MARK SHEET: D3.03", 50, 100, [
                new MarkSection("planning", "Planning and undertaking coaching sessions", 70, 35, ["1.1", "1.2"]),
                new MarkSection("reflections", "Reflections on the effectiveness of coaching activity", 30, 15, ["Own workplace coaching performance is reviewed"])]),
            "000");
        var certificate = new Qualification("8585-cert", "ILM Level 3 Certificate in Effective Coaching", 3, "8585", "8585-03",
            ["8585-300", "8585-302", "8585-303"], [], 13, 13, null, null, "002");
        var award = new Qualification("legacy-award", "ILM Level 3 Award in Workplace Coaching", 3, "legacy", null, ["D3.03"], [], null, null, null, null, "000");
        return new QualificationCatalogue("sample", [certificate, award], [practical, knowledge, plan, legacy]);
    }
}
