using System.Text;

namespace Plateforme.Web.Bench.Load;

/// <summary>
/// The Lua script wrk runs: each connection takes the seeded addresses in turn from its own offset, so that
/// concurrent requests ask different searches (a cache of one answer would flatter the figures). With partner keys,
/// each request also sends the next key in turn (<c>X-Api-Key</c>), as many API clients would.
/// </summary>
internal static class WrkScript
{
    public static string Write(string folder, string name, IReadOnlyList<string> paths, IReadOnlyList<string>? apiKeys = null)
    {
        var script = new StringBuilder();
        List("paths", paths, script);
        if (apiKeys is { Count: > 0 }) List("keys", apiKeys, script);
        script.AppendLine("local counter = 0");
        script.AppendLine("function setup(thread) counter = counter + 1; thread:set(\"offset\", counter * 97) end");
        script.AppendLine("function init(args) position = offset or 0 end");
        script.AppendLine("function request()");
        script.AppendLine("  position = position + 1");
        script.AppendLine(apiKeys is { Count: > 0 }
            ? "  return wrk.format(\"GET\", paths[(position % #paths) + 1], { [\"X-Api-Key\"] = keys[(position % #keys) + 1] })"
            : "  return wrk.format(\"GET\", paths[(position % #paths) + 1])");
        script.AppendLine("end");
        var file = Path.Combine(folder, name + ".lua");
        File.WriteAllText(file, script.ToString());
        return file;
    }

    private static void List(string name, IReadOnlyList<string> values, StringBuilder script)
    {
        script.Append("local ").Append(name).AppendLine(" = {");
        foreach (var value in values) script.Append("  \"").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).AppendLine("\",");
        script.AppendLine("}");
    }
}
