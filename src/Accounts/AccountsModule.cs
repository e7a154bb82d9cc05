using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Plateforme.Accounts.Mail;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Personal;
using Plateforme.Accounts.Resources;
using Plateforme.Accounts.Security;
using Plateforme.Accounts.Store;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;
using Plateforme.Data;
using Plateforme.Data.Health;

namespace Plateforme.Accounts;

/// <summary>The accounts module's composition: one call from Program.cs for services, one for endpoints.</summary>
public static class AccountsModule
{
    /// <summary>
    /// Identity (cookie sign-in, lockout after 5 failures for 15 minutes, confirmed e-mail required), the accounts
    /// store in the platform's database ("Database"), the mailer, the policies of <see cref="AccountPolicies"/>,
    /// the rate limiter of the account forms, and a start-up step (migrations, roles, seeded administrator).
    /// </summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var section = builder.Configuration.GetSection(AccountsOptions.SectionName);
        services.AddOptions<AccountsOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        // Links in e-mails are built on the configured address only: a production site must know it, so none fails the start.
        services.AddOptions<PublicSiteOptions>().Bind(builder.Configuration.GetSection(PublicSiteOptions.SectionName))
            .Validate(site => PublicSiteOptions.IsValid(site.PublicAddress), PublicSiteOptions.Invalid).ValidateOnStart();
        services.AddSingleton(sp => new AccountLinks(sp.GetRequiredService<IOptions<PublicSiteOptions>>().Value.Address));
        var settings = section.Get<AccountsOptions>() ?? new AccountsOptions();
        var contentRoot = builder.Environment.ContentRootPath;
        services.TryAddSingleton(TimeProvider.System);

        services.AddModuleStore(AccountsDbContext.Store, builder.Configuration, contentRoot);
        services.AddMigrationAtStart<AccountsDbContext>();
        services.AddSharedKeyRing(DatabaseOptions.Read(builder.Configuration));
        AddIdentity(services);
        AddMail(services, settings.Mail, contentRoot);

        services.AddAuthorizationBuilder()
            .AddPolicy(AccountPolicies.Moderator, policy => policy.RequireAssertion(context => context.User.IsModerator() || context.User.ModeratesAStructure()))
            .AddPolicy(AccountPolicies.Administrator, policy => policy.RequireRole(PlatformRoles.Administrator))
            .AddPolicy(AccountPolicies.OrganisationMember, policy => policy.RequireAuthenticatedUser().AddRequirements(new OrganisationMemberRequirement()))
            .AddPolicy(AccountPolicies.StructureStaff, policy => policy.RequireAssertion(context => context.User.IsAdministrator() || context.User.Positions().Count > 0))
            .AddPolicy(AccountPolicies.PlatformModerator, policy => policy.RequireAssertion(context => context.User.IsModerator()));
        services.AddScoped<IClaimsTransformation, StructureClaimsTransformation>();
        services.AddScoped<StructureService>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<IAuthorizationHandler, OrganisationMemberHandler>();
        services.AddCascadingAuthenticationState();
        services.AddRateLimiter(options => AccountRateLimits.Configure(options, settings.RateLimit));

        services.AddSingleton<DecoyPassword>();
        services.AddScoped<AccountService>();
        services.AddScoped<TwoFactorService>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<PersonalDataService>();
        services.AddHostedService<AccountsStartup>();
        services.AddHealthChecks().AddDatabaseCheck<AccountsDbContext>("accounts")
            .AddCheck<Health.MailHealthCheck>(Health.MailHealthCheck.Name, tags: ["ready", "accounts"]);
        return builder;
    }

    /// <summary>The plain endpoints beside the pages: sign-out (POST) and the personal data download.</summary>
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // No form fields are bound, so the antiforgery check is made here rather than left to parameter binding.
        app.MapPost(AccountPaths.SignOut, async (HttpContext http, IAntiforgery antiforgery, AccountService accounts) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false)) return Results.Text(AccountText.FormExpired, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            await accounts.SignOutAsync().ConfigureAwait(false);
            return Results.LocalRedirect("/");
        }).RequireAuthorization();

        app.MapGet(AccountPaths.PersonalData, async (HttpContext http, UserManager<PlatformUser> users, PersonalDataService data, CancellationToken cancellationToken) =>
        {
            var user = await users.GetUserAsync(http.User).ConfigureAwait(false);
            if (user is null) return Results.Unauthorized();
            var json = await data.ExportAsync(user, cancellationToken).ConfigureAwait(false);
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString(PersonalDataService.JsonOptions)),
                "application/json; charset=utf-8", "mes-donnees-plateforme.json");
        }).RequireAuthorization();
        return app;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<PlatformUser>(options =>
            {
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrors>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = AccountPaths.SignIn;
            options.LogoutPath = AccountPaths.SignOut;
            options.ReturnUrlParameter = AccountPaths.ReturnParameter;
            options.Cookie.Name = "plateforme.compte";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Signing in on the login path would send the browser to the raw "retour" value (checked only for a
            // leading "/", and a non-ASCII one fails in the header): the sign-in pages redirect themselves instead.
            options.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
            // A signed-in person without the right role gets a plain 403, not a redirect to a page that does not exist.
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(AccountText.Forbidden).ConfigureAwait(false);
            };
        });
    }

    private static void AddMail(IServiceCollection services, MailOptions mail, string contentRoot)
    {
        services.AddSingleton(new PickupFolder(Path.GetFullPath(Path.Combine(contentRoot, mail.PickupFolder))));
        if (mail.Delivery == MailDelivery.Smtp) services.AddSingleton<IMailer, SmtpMailer>();
        else services.AddSingleton<IMailer, PickupFolderMailer>();
    }
}
