using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Plateforme.Data;
using Plateforme.Accounts.Organisations;
using Plateforme.Accounts.Structures;
using Plateforme.Accounts.Users;

namespace Plateforme.Accounts.Store;

/// <summary>
/// Identity's tables (users, roles, logins, tokens) plus organisations and their members.
/// One subclass per database provider, each with its own migrations.
/// </summary>
public abstract class AccountsDbContext(DbContextOptions options)
    : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring shared by every web node (cookies, antiforgery tokens): see KeyRingStorage.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationMember> OrganisationMembers => Set<OrganisationMember>();

    public DbSet<Structure> Structures => Set<Structure>();

    public DbSet<StructureStaff> StructureStaff => Set<StructureStaff>();

    /// <summary>Schema "accounts", history table "__AccountsMigrationsHistory".</summary>
    public static ModuleStore<AccountsDbContext, SqliteAccountsDbContext, PostgresAccountsDbContext> Store { get; } =
        new("accounts", "__AccountsMigrationsHistory");

    public DatabaseProvider Provider => Database.ProviderOf();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Store.ConfigureModel(builder, Database);
        base.OnModelCreating(builder);
        // Prefixed names: the catalogue and the lending module share the database.
        builder.Entity<PlatformUser>(user =>
        {
            user.ToTable("AccountUsers");
            user.Property(u => u.DisplayName).HasMaxLength(100);
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("AccountRoles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("AccountUserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("AccountUserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("AccountUserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("AccountUserTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("AccountRoleClaims");

        builder.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("Organisations");
            organisation.HasKey(o => o.Id);
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.Identifier).HasMaxLength(14);
            organisation.HasIndex(o => o.Identifier).IsUnique();
            organisation.Property(o => o.Address).HasMaxLength(500);
            organisation.Property(o => o.Territory).HasMaxLength(32);
            organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
            organisation.Property(o => o.Size).HasConversion<string>().HasMaxLength(32).HasDefaultValue(OrganisationSize.NotStated).HasSentinel(OrganisationSize.NotStated);
            organisation.Property(o => o.GeneralInterest).HasDefaultValue(false);
            organisation.Ignore(o => o.Profile);
            organisation.HasMany(o => o.Members).WithOne().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<OrganisationMember>(member =>
        {
            member.ToTable("OrganisationMembers");
            member.HasKey(m => new { m.OrganisationId, m.UserId });
            member.HasIndex(m => m.UserId);
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
            // Deleting an account removes its memberships, never the organisation.
            member.HasOne<PlatformUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        StructureModel.Configure(builder);
        builder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.StoreInstantsAsUtc(Database);
    }
}
