using System.Globalization;
using System.Resources;
using Plateforme.Search.Vocabulary;

namespace Plateforme.Web.Admin.Vocabulary;

/// <summary>The French texts of the administrators' vocabulary page (AdminVocabularyText.resx beside this file).</summary>
public static class AdminVocabularyText
{
    private static readonly ResourceManager Resources = new("Plateforme.Web.Admin.Vocabulary.AdminVocabularyText", typeof(AdminVocabularyText).Assembly);

    public static string Title => Get(nameof(Title));
    public static string Intro => Get(nameof(Intro));
    public static string ChangeHeading => Get(nameof(ChangeHeading));
    public static string ModeAdd => Get(nameof(ModeAdd));
    public static string ModeDisable => Get(nameof(ModeDisable));
    public static string KindLabel => Get(nameof(KindLabel));
    public static string TermsLabel => Get(nameof(TermsLabel));
    public static string TermsHelp => Get(nameof(TermsHelp));
    public static string DisableLabel => Get(nameof(DisableLabel));
    public static string SampleLabel => Get(nameof(SampleLabel));
    public static string SampleHelp => Get(nameof(SampleHelp));
    public static string PreviewButton => Get(nameof(PreviewButton));
    public static string SaveButton => Get(nameof(SaveButton));
    public static string PreviewHeading => Get(nameof(PreviewHeading));
    public static string UnderstoodBefore => Get(nameof(UnderstoodBefore));
    public static string UnderstoodAfter => Get(nameof(UnderstoodAfter));
    public static string ResultsBefore => Get(nameof(ResultsBefore));
    public static string ResultsAfter => Get(nameof(ResultsAfter));
    public static string NoResults => Get(nameof(NoResults));
    public static string NoPreviewBackend => Get(nameof(NoPreviewBackend));
    public static string Added => Get(nameof(Added));
    public static string Removed => Get(nameof(Removed));
    public static string Approximate => Get(nameof(Approximate));
    public static string NoChangeInResults => Get(nameof(NoChangeInResults));
    public static string Saved => Get(nameof(Saved));
    public static string OverridesHeading => Get(nameof(OverridesHeading));
    public static string NoOverrides => Get(nameof(NoOverrides));
    public static string OverrideAdded => Get(nameof(OverrideAdded));
    public static string OverrideDisabled => Get(nameof(OverrideDisabled));
    public static string RemoveButton => Get(nameof(RemoveButton));
    public static string ShippedHeading => Get(nameof(ShippedHeading));
    public static string ColumnKind => Get(nameof(ColumnKind));
    public static string ColumnTerms => Get(nameof(ColumnTerms));
    public static string ColumnState => Get(nameof(ColumnState));
    public static string StateOn => Get(nameof(StateOn));
    public static string StateOff => Get(nameof(StateOff));
    public static string ChangedBy => Get(nameof(ChangedBy));
    public static string LinkFromSources => Get(nameof(LinkFromSources));

    public static string Kind(VocabularyKind kind) => Get("Kind." + kind);

    public static string Problem(VocabularyEditProblem problem) => Get("Problem." + problem);

    private static string Get(string name) => Resources.GetString(name, CultureInfo.InvariantCulture) ?? name;
}
