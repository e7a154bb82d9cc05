namespace Plateforme.Crawler.Sources.Authentication;

/// <summary>Credentials could not be obtained; the message, in French, goes to the run's errors.</summary>
public sealed class SourceAuthenticationException : Exception
{
    public SourceAuthenticationException()
    {
    }

    public SourceAuthenticationException(string message)
        : base(message)
    {
    }

    public SourceAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
