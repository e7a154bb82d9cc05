namespace Plateforme.Lending.Validation;

/// <summary>
/// A request refused for reasons the user can fix: French messages keyed by field (the request's property names),
/// ready for a validation problem or an edit form's message store.
/// </summary>
public sealed class LendingValidationException : Exception
{
    public LendingValidationException()
        : this(new Dictionary<string, string[]>())
    {
    }

    public LendingValidationException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]> { [""] = [message] };
    }

    public LendingValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]> { [""] = [message] };
    }

    public LendingValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.SelectMany(e => e.Value)))
    {
        Errors = errors;
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public static LendingValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
