using Microsoft.AspNetCore.Components;
using Plateforme.Search.Indexing;
using Plateforme.Search.Vocabulary;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Admin.Vocabulary;

public partial class AdminVocabulary
{
    [Inject]
    private VocabularyAdministration Administration { get; set; } = default!;

    [Inject]
    private VocabularyPreview Previewer { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "vocabulary-change")]
    private VocabularyForm? Input { get; set; }

    /// <summary>The posted form, or an empty one on a first visit.</summary>
    private VocabularyForm Form => Input ??= new VocabularyForm();

    private IReadOnlyList<VocabularyOverride> overrides = [];
    private HashSet<string> disabledKeys = [];
    private VocabularyPreviewResult? preview;
    private string? problem;
    private bool saved;

    protected override async Task OnInitializedAsync()
    {
        saved = Navigation.Uri.Contains("fait=1", StringComparison.Ordinal);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        overrides = await Administration.OverridesAsync();
        disabledKeys = overrides.Where(o => o.IsDisabling).Select(o => o.DisabledKey!).ToHashSet(StringComparer.Ordinal);
    }

    private async Task SubmitAsync()
    {
        var disabling = Form.Mode == VocabularyForm.DisableMode;
        var kind = Enum.TryParse<VocabularyKind>(Form.Kind, out var parsed) ? parsed : VocabularyKind.Synonyms;
        var group = VocabularyGroup.Parse(kind, Form.Terms ?? string.Empty);
        var key = Form.DisabledKey ?? string.Empty;
        var check = disabling
            ? DefaultVocabulary.Groups.Any(g => g.Key == key) ? VocabularyEditProblem.None : VocabularyEditProblem.UnknownGroup
            : VocabularyAdministration.Check(group);
        if (check != VocabularyEditProblem.None)
        {
            problem = AdminVocabularyText.Problem(check);
            return;
        }

        if (Form.Action != VocabularyForm.SaveAction)
        {
            var changed = disabling ? Administration.WithoutGroup(key) : Administration.WithGroup(group);
            var sample = string.IsNullOrWhiteSpace(Form.Sample) ? SampleFor(disabling ? key : group.Terms[0]) : Form.Sample.Trim();
            Form.Sample = sample;
            preview = Previewer.Preview(sample, changed);
            return;
        }

        var by = HttpContext.User.Identity?.Name ?? string.Empty;
        var outcome = disabling ? await Administration.DisableAsync(key, by) : await Administration.AddAsync(group, by);
        if (outcome != VocabularyEditProblem.None)
        {
            problem = AdminVocabularyText.Problem(outcome);
            return;
        }

        Navigation.NavigateTo("/admin/vocabulaire?fait=1", forceLoad: true);
    }

    private async Task RemoveAsync(Guid id)
    {
        await Administration.RemoveAsync(id);
        Navigation.NavigateTo("/admin/vocabulaire?fait=1", forceLoad: true);
    }

    /// <summary>Without a sample query, the group's first term is tried, as a visitor would type it.</summary>
    private static string SampleFor(string term) => term;

    private static string Understood(IReadOnlyList<ExpandedClause> clauses) =>
        clauses.Count == 0 ? "—" : string.Join(' ', clauses.Select(clause => clause.ToQueryString()));

    private static string ShippedDisplay(string key) => DefaultVocabulary.Groups.FirstOrDefault(g => g.Key == key)?.Display ?? key;

    private static string ChangedByText(VocabularyOverride change) => string.Format(
        FrenchFormat.Culture, AdminVocabularyText.ChangedBy, change.ChangedBy, TimeZoneInfo.ConvertTime(change.ChangedAt, ParisTime.Zone).DateTime);
}
