using System.ComponentModel.DataAnnotations;

namespace Plateforme.Search;

/// <summary>The "Search" configuration section. Validated at start: a wrong setting stops the boot.</summary>
public sealed class SearchOptions : IValidatableObject
{
    public const string SectionName = "Search";

    public SearchIndexOptions Index { get; set; } = new();

    // Data annotations only look at the top level: validate the sub-sections here, with their path.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, section) in new (string, object)[] { ("Index", Index) })
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult(
                    $"{SectionName}:{name}: {result.ErrorMessage}",
                    result.MemberNames.Select(member => $"{name}.{member}"));
            }
        }
    }
}
