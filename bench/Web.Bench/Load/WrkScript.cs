using System.Text;

namespace Plateforme.Web.Bench.Load;

/// <summary>
/// The Lua script wrk runs: each connection takes the seeded addresses in turn from its own offset, so that
/// concurrent requests ask different searches (a cache of one answer would flatter the figures).
/// </summary>
internal static class WrkScript
{
    public static string Write(string folder, string name, IReadOnlyList<string> paths)
    {
        var script = new StringBuilder();
        script.AppendLine("local paths = {");
        foreach (var path in paths) script.Append("  \"").Append(path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).AppendLine("\",");
        script.AppendLine("}");
        script.AppendLine("local counter = 0");
        script.AppendLine("function setup(thread) counter = counter + 1; thread:set(\"offset\", counter * 97) end");
        script.AppendLine("function init(args) position = offset or 0 end");
        script.AppendLine("function request()");
        script.AppendLine("  position = position + 1");
        script.AppendLine("  return wrk.format(\"GET\", paths[(position % #paths) + 1])");
        script.AppendLine("end");
        var file = Path.Combine(folder, name + ".lua");
        File.WriteAllText(file, script.ToString());
        return file;
    }
}
