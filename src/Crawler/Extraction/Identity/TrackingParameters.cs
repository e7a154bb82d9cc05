namespace Plateforme.Crawler.Extraction.Identity;

/// <summary>
/// Query parameters that only say where a visitor came from (newsletters, ads, web analytics): they make the
/// same page look like several URLs and leak campaign data, so links lose them.
/// </summary>
public static class TrackingParameters
{
    private static readonly string[] Prefixes = ["utm_", "pk_", "mtm_", "matomo_", "at_", "hsa_", "_hs", "oly_", "vero_", "ga_"];

    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid", "li_fat_id",
        "mc_cid", "mc_eid", "mkt_tok", "xtor", "xts", "_ga", "_gl", "hsctatracking", "ncid", "s_cid", "cmpid", "wickedid",
        "rb_clickid", "ref_src", "spm", "sc_channel", "sc_campaign",
    };

    public static bool IsTracking(string name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        if (Names.Contains(name)) return true;
        foreach (var prefix in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
