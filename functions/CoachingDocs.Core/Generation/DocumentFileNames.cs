using System.Text;

namespace CoachingDocs.Core.Generation;

/// <summary>
/// File names built from the registration number, unit and kind (never the learner's name), reduced to letters, digits,
/// '.', '-' and '_' so no path or control character can reach a file system or a Content-Disposition header.
/// </summary>
public static class DocumentFileNames
{
    public static string Document(string registrationNumber, string unitId, string kind, string extension) =>
        Sanitise($"{registrationNumber}_{unitId}_{kind}") + extension;

    public static string UnitPack(string registrationNumber, string unitId) => Sanitise($"{registrationNumber}_{unitId}_unit-pack") + ".zip";

    public static string QualificationPack(string registrationNumber, string qualificationId) =>
        Sanitise($"{registrationNumber}_{qualificationId}_qualification-pack") + ".zip";

    public static string Sanitise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        var result = builder.ToString().Trim('.', '-');
        while (result.Contains("..", StringComparison.Ordinal)) result = result.Replace("..", ".", StringComparison.Ordinal);
        return result.Length == 0 ? "document" : result.Length > 120 ? result[..120] : result;
    }
}
