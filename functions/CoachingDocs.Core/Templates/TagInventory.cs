using CoachingDocs.Core.OpenXml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoachingDocs.Core.Templates;

/// <summary>What a Word template holds, by tag: the facts <see cref="TemplateValidator"/> compares.</summary>
internal sealed class TagInventory
{
    public List<(SdtElement Control, string Tag)> Controls { get; } = [];
    public Dictionary<string, int> SingleFields { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Sections { get; } = new(StringComparer.Ordinal);
    public HashSet<string> RepeatingSections { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, HashSet<string>> ItemFields { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AllFields { get; } = new(StringComparer.Ordinal);

    public static TagInventory Of(OpenXmlElement root)
    {
        var inventory = new TagInventory();
        foreach (var sdt in root.Descendants<SdtElement>())
        {
            var tagText = ContentControls.TagOf(sdt);
            if (tagText is null) continue;
            inventory.Controls.Add((sdt, tagText));
            if (!TagConvention.TryParse(tagText, out var tag)) continue;
            switch (tag.Kind)
            {
                case TagConvention.FieldKind:
                    inventory.AllFields.Add(tag.Value);
                    if (EnclosingItem(sdt) is { } block)
                    {
                        if (!inventory.ItemFields.TryGetValue(block, out var fields)) inventory.ItemFields[block] = fields = new(StringComparer.Ordinal);
                        fields.Add(tag.Value);
                    }
                    else inventory.SingleFields[tag.Value] = inventory.SingleFields.GetValueOrDefault(tag.Value) + 1;
                    break;
                case TagConvention.SectionKind: inventory.Sections.Add(tag.Value); break;
                case TagConvention.RepeatingSectionKind: inventory.RepeatingSections.Add(tag.Value); break;
            }
        }
        return inventory;
    }

    /// <summary>The block name of the nearest repeating item around a control, if any.</summary>
    public static string? EnclosingItem(SdtElement sdt) =>
        sdt.Ancestors<SdtElement>()
            .Select(a => TagConvention.TryParse(ContentControls.TagOf(a), out var t) && t.Kind == TagConvention.RepeatingItemKind ? t.Value : null)
            .FirstOrDefault(b => b is not null);

    /// <summary>The control's type as Word sees it: the type element in its properties, or rich text when there is none.</summary>
    public static string TypeOf(SdtElement sdt)
    {
        var props = sdt.SdtProperties;
        if (props is null) return "richText";
        foreach (var child in props.ChildElements)
        {
            var name = child.LocalName;
            if (name is "repeatingSection" or "repeatingSectionItem" or "date" or "dropDownList" or "comboBox" or "picture" or "checkbox"
                or "group" or "docPartList" or "docPartObj" or "citation" or "bibliography" or "equation" or "text")
                return name;
        }
        return "richText";
    }
}
