using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Plateforme.Lending.Tests.Resources;

/// <summary>
/// French user-facing text lives in Resources/LendingMessages.resx only: the module's C# sources are scanned for string
/// literals that look French, and every placeholder of the resource is named in its comment.
/// </summary>
public sealed partial class LendingMessagesTests
{
    private static readonly string Module = Path.Combine(FindRepositoryRoot(), "src", "Lending");

    [Fact]
    public void No_french_string_literal_is_left_in_the_lending_sources()
    {
        var offending = Directory.EnumerateFiles(Module, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, number: i + 1, line)))
            .Where(l => !l.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .SelectMany(l => StringLiteral().Matches(l.line).Select(m => (l.file, l.number, literal: m.Value)))
            .Where(l => LooksFrench().IsMatch(l.literal))
            .Select(l => $"{Path.GetRelativePath(Module, l.file)}:{l.number}: {l.literal}")
            .ToList();

        Assert.True(offending.Count == 0, "Move these texts to Resources/LendingMessages.resx:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void Every_placeholder_of_a_message_is_named_in_its_comment()
    {
        var entries = XDocument.Load(Path.Combine(Module, "Resources", "LendingMessages.resx")).Root!.Elements("data")
            .Select(d => (Name: (string)d.Attribute("name")!, Value: (string)d.Element("value")!, Comment: (string?)d.Element("comment") ?? ""))
            .ToList();

        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Name));
        var undocumented = entries
            .SelectMany(e => Placeholder().Matches(e.Value).Select(m => (e.Name, e.Comment, Index: m.Groups[1].Value)))
            .Where(p => !p.Comment.Contains("{" + p.Index + "}:", StringComparison.Ordinal))
            .Select(p => $"{p.Name}: {{{p.Index}}}")
            .ToList();
        Assert.True(undocumented.Count == 0, "Name these placeholders in the entry's comment (\"{0}: amount, …\"):\n" + string.Join("\n", undocumented));
    }

    private static bool IsBuildOutput(string file)
    {
        var relative = Path.GetRelativePath(Module, file).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Plateforme.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException("Plateforme.sln not found above " + AppContext.BaseDirectory);
    }

    // A regular or interpolated C# string on one line; raw SQL strings hold no French.
    [GeneratedRegex(@"\$?""(?:[^""\\\n]|\\.)*""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();

    // Accented letters, French quotes, or a few French words that English text never has.
    [GeneratedRegex(@"[àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŒ«»]|\b(?:une?|les?|la|des|du|cette|votre|vous|est|pas|pour|dans|aucun|seul|choisissez|indiquez)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooksFrench();

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
