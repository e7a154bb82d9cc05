namespace Plateforme.Lending.Validation;

/// <summary>The campaign, pledge or request asked for does not exist (a 404 for the pages).</summary>
public sealed class LendingNotFoundException : Exception
{
    public LendingNotFoundException()
    {
    }

    public LendingNotFoundException(string message)
        : base(message)
    {
    }

    public LendingNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
