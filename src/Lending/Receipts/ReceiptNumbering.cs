using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Plateforme.Lending.Store;

namespace Plateforme.Lending.Receipts;

/// <summary>
/// Takes the next receipt number of an issuer and year inside the caller's write transaction: one upsert that
/// increments the counter row and returns it. PostgreSQL locks the row until the transaction ends, so concurrent
/// issues queue and each sees the previous one's number; SQLite has one writer at a time (BEGIN IMMEDIATE). A
/// rolled-back transaction rolls its increment back, so numbers have no gap and no duplicate.
/// </summary>
internal static class ReceiptNumbering
{
    public static async Task<long> NextAsync(LendingDbContext db, string issuerKey, int year, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(ReceiptCounter))!;
        var schema = entity.GetSchema();
        var table = (schema is null ? "" : $"\"{schema}\".") + $"\"{entity.GetTableName()}\"";
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A receipt number is taken inside the issuing write transaction.");
        command.CommandText = $"""
            INSERT INTO {table} ("IssuerKey", "Year", "LastNumber") VALUES (@issuer, @year, 1)
            ON CONFLICT ("IssuerKey", "Year") DO UPDATE SET "LastNumber" = {table}."LastNumber" + 1
            RETURNING "LastNumber"
            """;
        Add(command, "@issuer", issuerKey);
        Add(command, "@year", year);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
