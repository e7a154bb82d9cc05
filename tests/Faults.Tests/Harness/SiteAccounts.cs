using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Plateforme.Data;

namespace Plateforme.Faults.Tests.Harness;

/// <summary>People who signed up on the site through its pages, and the account id the lending records name them by.</summary>
public static class SiteAccounts
{
    /// <summary>Signs up through the sign-up page (no confirmation: the lending e-mails go to any account's address).</summary>
    public static async Task<(Visitor Browser, string UserId)> SignUpAsync(FaultSite site, string email, string displayName)
    {
        ArgumentNullException.ThrowIfNull(site);
        var browser = new Visitor(site.Address);
        await browser.SignUpAsync(email, displayName);
        return (browser, await IdOfAsync(site, email));
    }

    public static async Task<string> IdOfAsync(FaultSite site, string email)
    {
        ArgumentNullException.ThrowIfNull(site);
        var postgres = site.Database.Provider == DatabaseProvider.PostgreSql;
        await using DbConnection connection = postgres ? new NpgsqlConnection(site.Database.ConnectionString) : new SqliteConnection(site.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = (postgres ? "SELECT \"Id\" FROM accounts.\"AccountUsers\"" : "SELECT \"Id\" FROM \"AccountUsers\"") + " WHERE \"NormalizedEmail\" = @email";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "email";
        parameter.Value = email.ToUpperInvariant();
        command.Parameters.Add(parameter);
        var id = await command.ExecuteScalarAsync();
        return Guid.Parse(Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException($"No account {email}.")).ToString();
    }
}
