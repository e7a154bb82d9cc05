using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;

namespace Plateforme.Web.Shared.Hosting;

/// <summary>
/// The site behind a reverse proxy, over https: forwarded headers from the known proxies only, and with
/// <see cref="WebHttpsOptions.Enabled"/> HSTS, redirection of plain http and Secure cookies (all of them).
/// </summary>
public static class TransportSecurity
{
    public static IHostApplicationBuilder AddTransportSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var httpsSection = builder.Configuration.GetSection(WebHttpsOptions.SectionName);
        services.AddOptions<WebHttpsOptions>().Bind(httpsSection).ValidateDataAnnotations().ValidateOnStart();
        var https = httpsSection.Get<WebHttpsOptions>() ?? new WebHttpsOptions();

        // Parsed here, so a wrong address fails at start rather than at the first request.
        var forwarded = builder.Configuration.GetSection(ForwardedHeadersSettings.SectionName).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        var proxies = forwarded.KnownProxies.Select(IPAddress.Parse).ToList();
        var networks = forwarded.KnownNetworks.Select(n => System.Net.IPNetwork.Parse(n)).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count == 0 && networks.Count == 0) return; // ASP.NET Core's default: loopback only.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });

        if (!IsHttpsEnabled(builder.Configuration, builder.Environment)) return builder;
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(https.HstsMaxAgeDays));
        services.AddHttpsRedirection(options => options.HttpsPort = https.Port);
        services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.Always);
        services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        services.PostConfigureAll<CookieAuthenticationOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        return builder;
    }

    /// <summary>First of the middleware after the error handlers: the scheme and client address are known from here on.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (!IsHttpsEnabled(app.Configuration, app.Environment)) return app;
        app.UseHsts();
        app.UseHttpsRedirection();
        app.UseCookiePolicy();
        return app;
    }

    private static bool IsHttpsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(WebHttpsOptions.SectionName + ":Enabled") ?? !environment.IsDevelopment();
}
