namespace CoachingDocs.Core.Validation;

/// <summary>
/// Checks one free-text value from a user. Names and references end up in document text, spreadsheet cells and file
/// names, so control characters, formula-looking starts and path-looking values are refused up front rather than escaped
/// differently in each place.
/// </summary>
public static class TextFieldRules
{
    public const int DefaultMaxLength = 200;

    public static InputProblem? Check(string field, string? value, bool required, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            return required ? new InputProblem(field, "is required") : null;
        if (value.Length > maxLength)
            return new InputProblem(field, $"is {value.Length:N0} characters long; at most {maxLength} are allowed");
        if (value.Any(char.IsControl))
            return new InputProblem(field, "contains control characters (such as tabs, line breaks or NUL)");
        if (XmlText.FirstIllegal(value) is { } at)
            return new InputProblem(field, $"contains a character that cannot be stored in a Word or Excel file ({XmlText.Describe(value, at)} at position {at + 1}); retype the value");
        if (LooksLikeFormula(value))
            return new InputProblem(field, "must not start with =, +, -, @ (a spreadsheet would read it as a formula)");
        if (value.Contains("..", StringComparison.Ordinal) || value.IndexOfAny(['/', '\\']) >= 0)
            return new InputProblem(field, "must not contain '/', '\\' or '..' (it is used in file names)");
        return null;
    }

    public static bool LooksLikeFormula(string value)
    {
        var trimmed = value.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '=' or '+' or '-' or '@';
    }
}
