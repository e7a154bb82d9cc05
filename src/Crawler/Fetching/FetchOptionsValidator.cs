using Microsoft.Extensions.Options;

namespace Plateforme.Crawler.Fetching;

/// <summary>Fails at start on settings that would make the crawler impolite or unusable.</summary>
internal sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ProductToken) || !options.ProductToken.All(c => char.IsAsciiLetter(c) || c is '-' or '_'))
        {
            errors.Add("Crawler:Fetch:ProductToken must be letters, '-' or '_' (RFC 9309 product token).");
        }

        if (!Uri.TryCreate(options.ContactUrl, UriKind.Absolute, out _))
        {
            errors.Add("Crawler:Fetch:ContactUrl must be an absolute URL.");
        }

        if (options.DefaultDelay < TimeSpan.Zero || options.MaxCrawlDelay < TimeSpan.Zero)
        {
            errors.Add("Crawler:Fetch delays cannot be negative.");
        }

        if (options.RobotsCacheDuration <= TimeSpan.Zero || options.RobotsCacheDuration > TimeSpan.FromHours(24))
        {
            errors.Add("Crawler:Fetch:RobotsCacheDuration must be positive and at most 24 hours.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add("Crawler:Fetch:RequestTimeout must be positive.");
        }

        if (options.MaxAttempts < 1 || options.MaxRedirects < 0 || options.MaxBodyBytes < 1)
        {
            errors.Add("Crawler:Fetch:MaxAttempts and MaxBodyBytes must be at least 1, MaxRedirects at least 0.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
