namespace CoachingDocs.Core.OpenXml;

/// <summary>
/// Excel has no content controls, so a workbook marks its fields with defined names: <c>_cd1.f.learnerName</c> names the
/// cell holding the learner's name. ':' is not allowed in Excel names, hence '.'; the leading '_' keeps the name from
/// looking like a cell reference (CD1).
/// </summary>
public static class SpreadsheetNames
{
    public const string Prefix = "_cd1.f.";

    public static string Field(string fieldName) => Prefix + fieldName;

    public static bool TryParseField(string? definedName, out string fieldName)
    {
        fieldName = definedName is not null && definedName.StartsWith(Prefix, StringComparison.Ordinal) ? definedName[Prefix.Length..] : "";
        return fieldName.Length > 0;
    }
}
