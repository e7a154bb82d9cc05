using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Sources.Fields;

/// <summary>
/// Reads every mapped field of a <see cref="FieldMap"/> the same way for every kind of source: templates are filled
/// placeholder by placeholder, a plain number in the amount field gets the declared unit; the kind only says how
/// one spec (selector, JSON path, column, feed element, label) reads a value.
/// </summary>
public static class FieldMapReader
{
    /// <param name="read">Reads one spec for the field named first; null when it finds nothing.</param>
    public static ItemFields Read(FieldMap map, Func<string, string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(read);
        var fields = new ItemFields();
        foreach (var (name, spec) in map.MappedFields())
        {
            fields[name] = Value(map, name, spec, read);
        }

        return fields;
    }

    /// <summary>One field's value, for a spec that may be a template.</summary>
    public static string? Value(FieldMap map, string name, string spec, Func<string, string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(read);
        string? Atom(string part)
        {
            var value = read(name, part);
            return name == nameof(FieldMap.Amount) ? PlainAmount.Describe(value, map.AmountUnit) : value;
        }

        return FieldTemplate.IsTemplate(spec) ? FieldTemplate.Fill(spec, Atom) : Atom(spec);
    }

    /// <summary>The atomic specs of a field: itself, or its template's placeholders.</summary>
    public static IReadOnlyList<string> Atoms(string spec) => FieldTemplate.IsTemplate(spec) ? FieldTemplate.Placeholders(spec) : [spec];
}
