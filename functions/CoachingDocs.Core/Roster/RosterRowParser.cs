using System.Globalization;
using CoachingDocs.Core.Catalogue;
using CoachingDocs.Core.Generation;
using CoachingDocs.Core.Validation;

namespace CoachingDocs.Core.Roster;

/// <summary>
/// Turns one row of cell texts (keyed by documented column) into a learner, or into the problems that stop it. Shared by
/// the .csv and .xlsx readers so both accept exactly the same values.
/// </summary>
internal sealed class RosterRowParser(QualificationCatalogue? catalogue)
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "d/M/yy", "d MMMM yyyy", "d MMM yyyy", "dd-MM-yyyy", "d.M.yyyy"];

    private static readonly char[] ListSeparators = [';', ',', '|'];

    private readonly HashSet<string> _registrationNumbers = new(StringComparer.OrdinalIgnoreCase);

    public (RosterEntry? Entry, IReadOnlyList<RosterProblem> Problems) Parse(int row, IReadOnlyDictionary<string, string> cells)
    {
        var problems = new List<RosterProblem>();
        string? Cell(string column) => cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var learner = new LearnerDetails
        {
            Name = Cell(RosterColumns.LearnerName) ?? "",
            RegistrationNumber = Cell(RosterColumns.RegistrationNumber) ?? "",
            CentreName = Cell(RosterColumns.CentreName) ?? "",
            CentreNumber = Cell(RosterColumns.CentreNumber) ?? "",
            AssessorName = Cell(RosterColumns.Assessor),
            ClientRefs = SplitList(Cell(RosterColumns.ClientReferences)),
            StartDate = ParseDate(row, RosterColumns.StartDate, Cell(RosterColumns.StartDate), problems),
            EndDate = ParseDate(row, RosterColumns.EndDate, Cell(RosterColumns.EndDate), problems),
            PlannedSessions = ParseInt(row, RosterColumns.PlannedSessions, Cell(RosterColumns.PlannedSessions), problems),
        };
        problems.AddRange(LearnerDetailsValidator.Validate(learner).Select(p => new RosterProblem(row, ColumnFor(p.Field), p.Message)));

        var (qualificationId, units) = ResolveQualification(row, Cell(RosterColumns.Qualification), SplitList(Cell(RosterColumns.Units)), problems);

        if (problems.Count == 0 && !_registrationNumbers.Add(learner.RegistrationNumber))
            problems.Add(new RosterProblem(row, RosterColumns.RegistrationNumber, "appears on an earlier row; each learner must appear once"));

        return problems.Count == 0 ? (new RosterEntry(row, learner, qualificationId!, units), problems) : (null, problems);
    }

    private (string? Id, IReadOnlyList<string> Units) ResolveQualification(int row, string? text, IReadOnlyList<string> units, List<RosterProblem> problems)
    {
        if (text is null)
        {
            problems.Add(new RosterProblem(row, RosterColumns.Qualification, "is required"));
            return (null, units);
        }
        if (catalogue is null)
            return (text, units);

        var qualification = catalogue.FindQualification(text)
            ?? catalogue.Qualifications.FirstOrDefault(q => string.Equals(q.Title, text, StringComparison.OrdinalIgnoreCase));
        if (qualification is null)
        {
            problems.Add(new RosterProblem(row, RosterColumns.Qualification, $"'{Shorten(text)}' is not a qualification in the catalogue"));
            return (null, units);
        }

        var allowed = qualification.MandatoryUnits.Concat(qualification.OptionalUnits ?? []).ToList();
        var resolved = new List<string>();
        foreach (var unit in units)
        {
            // Centres write "300" for 8585-300; accept the suffix when it names exactly one unit of the qualification.
            var matches = allowed.Where(u => string.Equals(u, unit, StringComparison.OrdinalIgnoreCase)
                || u.EndsWith("-" + unit, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 1)
                resolved.Add(matches[0]);
            else
                problems.Add(new RosterProblem(row, RosterColumns.Units, $"'{Shorten(unit)}' is not a unit of {qualification.Id} (its units: {string.Join(", ", allowed)})"));
        }
        return (qualification.Id, resolved.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static DateOnly? ParseDate(int row, string column, string? text, List<RosterProblem> problems)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            return date;
        problems.Add(new RosterProblem(row, column, $"'{Shorten(text)}' is not a date; write it as 2025-03-14 or 14/03/2025"));
        return null;
    }

    private static int? ParseInt(int row, string column, string? text, List<RosterProblem> problems)
    {
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue)
            return (int)d;
        problems.Add(new RosterProblem(row, column, $"'{Shorten(text)}' is not a whole number"));
        return null;
    }

    private static IReadOnlyList<string> SplitList(string? text) =>
        text is null ? [] : text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string ColumnFor(string field) => field switch
    {
        "name" => RosterColumns.LearnerName,
        "registrationNumber" => RosterColumns.RegistrationNumber,
        "centreName" => RosterColumns.CentreName,
        "centreNumber" => RosterColumns.CentreNumber,
        "assessorName" => RosterColumns.Assessor,
        "plannedSessions" => RosterColumns.PlannedSessions,
        "endDate" => RosterColumns.EndDate,
        _ when field.StartsWith("clientRefs", StringComparison.Ordinal) => RosterColumns.ClientReferences + field["clientRefs".Length..],
        _ => field,
    };

    // Problems quote what the user wrote, but never a 2 MB cell or a control character.
    private static string Shorten(string text)
    {
        var clean = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return clean.Length <= 40 ? clean : clean[..40] + "…";
    }
}
