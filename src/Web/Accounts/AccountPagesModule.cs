using Plateforme.Accounts;
using Plateforme.Accounts.Personal;
using Plateforme.Web.Accounts.Personal;

namespace Plateforme.Web.Accounts;

/// <summary>Sign-up, sign-in, the account and organisation pages: the accounts module and its endpoints.</summary>
public static class AccountPagesModule
{
    public static IHostApplicationBuilder AddAccountPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddAccounts();

        // Lending cannot see accounts: its part of the export and of the deletion is joined here.
        builder.Services.AddScoped<IPersonalDataContributor, LendingPersonalDataContributor>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapAccounts();
        return app;
    }
}
