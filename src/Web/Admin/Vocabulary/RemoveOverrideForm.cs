namespace Plateforme.Web.Admin.Vocabulary;

/// <summary>The override an administrator takes back.</summary>
public sealed class RemoveOverrideForm
{
    public Guid Id { get; set; }
}
