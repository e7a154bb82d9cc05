namespace Plateforme.Testing;

public sealed class PostgresNotInstalledException : Exception
{
    public PostgresNotInstalledException()
        : base("PostgreSQL is not installed: run infra/test.sh, which installs it.")
    {
    }

    public PostgresNotInstalledException(string message)
        : base(message)
    {
    }

    public PostgresNotInstalledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
