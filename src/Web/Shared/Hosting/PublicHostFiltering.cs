using Microsoft.AspNetCore.HostFiltering;
using Plateforme.Accounts;

namespace Plateforme.Web.Shared.Hosting;

/// <summary>
/// Answers only requests naming the site's own host: <c>AllowedHosts</c>, when not set, is the host of
/// <c>Site:PublicAddress</c> plus <c>localhost</c> (health probes run on the machine). Any other <c>Host</c> gets a
/// 400 from ASP.NET Core's host filtering before anything else runs. An explicit <c>AllowedHosts</c> wins (Development
/// sets <c>*</c>; a site with several names lists them).
/// </summary>
public static class PublicHostFiltering
{
    public const string AllowedHostsKey = "AllowedHosts";

    public static IHostApplicationBuilder AddPublicHostFiltering(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[AllowedHostsKey])) return builder;
        var address = builder.Configuration.GetValue<Uri?>(PublicSiteOptions.AddressKey);
        // Without a valid address the start fails on the options' validation, with the message saying what to set.
        if (!PublicSiteOptions.IsValid(address)) return builder;
        // Configure, not PostConfigure: the web defaults fill AllowedHosts from configuration only when it is empty.
        builder.Services.Configure<HostFilteringOptions>(options => options.AllowedHosts = [address!.IdnHost, "localhost"]);
        return builder;
    }
}
