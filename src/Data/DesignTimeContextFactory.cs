using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Plateforme.Data;

/// <summary>
/// For dotnet-ef: builds a provider's context without a host (migrations never connect). The modules are class
/// libraries and a host registers one provider's contexts only, so each provider's subclass is a one-liner:
/// <c>: DesignTimeContextFactory&lt;SqliteXxxDbContext&gt;(XxxDbContext.Store.Configure, DatabaseProvider.Sqlite)</c>.
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(
    Func<DbContextOptionsBuilder, DatabaseProvider, string, DbContextOptionsBuilder> configure, DatabaseProvider provider)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        configure(options, provider, provider == DatabaseProvider.PostgreSql ? "Host=localhost;Database=plateforme_design" : "Data Source=design-time.db");
        return ContextActivator.Create(options.Options);
    }
}
