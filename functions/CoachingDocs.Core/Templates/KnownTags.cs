using System.Reflection;
using CoachingDocs.Core.OpenXml;

namespace CoachingDocs.Core.Templates;

/// <summary>Every field and block name the convention knows, read once from FieldNames and BlockNames.</summary>
internal static class KnownTags
{
    public static readonly IReadOnlySet<string> Fields = ConstantsOf(typeof(FieldNames))
        .Concat(Enumerable.Range(1, ClientFeedbackAttributes.All.Count).Select(FieldNames.Rating))
        .ToHashSet(StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Blocks = ConstantsOf(typeof(BlockNames)).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
}
