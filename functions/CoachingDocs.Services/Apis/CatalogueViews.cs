using CoachingDocs.Core.Catalogue;

namespace CoachingDocs.Api.Apis;

/// <summary>A line of <c>GET /api/qualifications</c>.</summary>
public sealed record QualificationSummary(string Id, string Title, int Level, string Suite, string? Number, int? Credits, int? Glh, int? Tqt)
{
    public static QualificationSummary From(Qualification q) => new(q.Id, q.Title, q.Level, q.Suite, q.Number, q.Credits, q.Glh, q.Tqt);
}

/// <summary>A line of <c>GET /api/units</c>.</summary>
public sealed record UnitSummary(string Id, string? Uan, string Title, int Level, int? Credits, int? Glh, string Suite, IReadOnlyList<string> DocumentKinds)
{
    public static UnitSummary From(Unit u) => new(u.Id, u.Uan, u.Title, u.Level, u.Credits, u.Glh, u.Suite, u.DocumentKinds);
}

/// <summary><c>GET /api/qualifications/{id}</c>: the qualification and a summary of each unit it names.</summary>
public sealed record QualificationDetails(Qualification Qualification, IReadOnlyList<UnitSummary> Units)
{
    public static QualificationDetails From(Qualification q, QualificationCatalogue catalogue) => new(q,
        q.MandatoryUnits.Concat(q.OptionalUnits ?? []).Select(catalogue.FindUnit).OfType<Unit>().Select(UnitSummary.From).ToList());
}
