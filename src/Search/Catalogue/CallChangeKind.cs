namespace Plateforme.Search.Catalogue;

public enum CallChangeKind
{
    Created,
    Updated,
    StateChanged,
    SourceAdded,
    Merged,
}
