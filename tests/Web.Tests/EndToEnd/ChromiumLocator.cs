namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>
/// Finds Debian's Chromium. Tests never download a browser: the test command installs the Debian package,
/// and PLATEFORME_CHROMIUM can point elsewhere on another machine.
/// </summary>
internal static class ChromiumLocator
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("PLATEFORME_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"PLATEFORME_CHROMIUM points to {configured}, which does not exist.");
        }
        return Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "Chromium is not installed: run ./infra/test.sh (it installs Debian's chromium package) or set PLATEFORME_CHROMIUM.");
    }
}
