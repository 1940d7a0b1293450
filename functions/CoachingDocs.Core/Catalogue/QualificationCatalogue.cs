namespace CoachingDocs.Core.Catalogue;

/// <summary>The loaded, validated catalogue: every qualification and unit the product knows.</summary>
public sealed class QualificationCatalogue
{
    private readonly Dictionary<string, Unit> _units;
    private readonly Dictionary<string, Qualification> _qualifications;

    public QualificationCatalogue(string version, IEnumerable<Qualification> qualifications, IEnumerable<Unit> units)
    {
        Version = version;
        _qualifications = qualifications.ToDictionary(q => q.Id, StringComparer.OrdinalIgnoreCase);
        _units = units.ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
    }

    public string Version { get; }

    public IEnumerable<Qualification> Qualifications => _qualifications.Values.OrderBy(q => q.Id, StringComparer.Ordinal);

    public IEnumerable<Unit> Units => _units.Values.OrderBy(u => u.Id, StringComparer.Ordinal);

    public Unit? FindUnit(string id) => _units.GetValueOrDefault(id.Trim());

    public Qualification? FindQualification(string id) => _qualifications.GetValueOrDefault(id.Trim());

    /// <summary>The qualifications a unit counts towards.</summary>
    public IEnumerable<Qualification> QualificationsFor(string unitId) =>
        Qualifications.Where(q => q.MandatoryUnits.Concat(q.OptionalUnits).Contains(unitId, StringComparer.OrdinalIgnoreCase));
}
