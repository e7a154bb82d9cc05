using Plateforme.Search.Moderation;

namespace Plateforme.Web.Shared.CallForms;

/// <summary>The form read: a draft when every value is right, otherwise French messages keyed by form field.</summary>
public sealed record CallFormResult(CallDraft? Draft, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Draft is not null;
}
