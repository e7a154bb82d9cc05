using Plateforme.Accounts;

namespace Plateforme.Web.Accounts;

/// <summary>Sign-up, sign-in, the account and organisation pages: the accounts module and its endpoints.</summary>
public static class AccountPagesModule
{
    public static IHostApplicationBuilder AddAccountPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddAccounts();
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapAccounts();
        return app;
    }
}
