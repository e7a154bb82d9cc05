namespace Plateforme.Web.Admin.Vocabulary;

/// <summary>The vocabulary page's form: a group to add or a shipped group to switch off, a sample query, and the button pressed.</summary>
public sealed class VocabularyForm
{
    public const string PreviewAction = "apercu";
    public const string SaveAction = "enregistrer";
    public const string AddMode = "ajouter";
    public const string DisableMode = "desactiver";

    public string Mode { get; set; } = AddMode;
    public string Kind { get; set; } = "Synonyms";
    public string? Terms { get; set; }
    public string? DisabledKey { get; set; }
    public string? Sample { get; set; }
    public string Action { get; set; } = PreviewAction;
}
