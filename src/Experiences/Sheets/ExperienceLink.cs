namespace Plateforme.Experiences.Sheets;

/// <summary>A link of a sheet: « label | https://… » or a bare http(s) address.</summary>
public sealed record ExperienceLink(string Label, Uri Address)
{
    public static ExperienceLink? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var bar = line.LastIndexOf('|');
        var label = bar > 0 ? line[..bar].Trim() : "";
        var address = (bar > 0 ? line[(bar + 1)..] : line).Trim();
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        return new ExperienceLink(label.Length == 0 ? uri.Host : label, uri);
    }

    public static IReadOnlyList<ExperienceLink> All(string links) =>
        links.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse).OfType<ExperienceLink>().ToList();
}
