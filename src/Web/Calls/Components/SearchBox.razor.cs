using Microsoft.AspNetCore.Components;
using Plateforme.Search.Indexing;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Components;
using Plateforme.Web.Shared.Navigation;
using Plateforme.Web.Shared.Query;

namespace Plateforme.Web.Calls.Components;

public sealed partial class SearchBox
{
    private CancellationTokenSource? typing;
    private string? text;
    private string? lastFiltersText;
    private string? lastSearched;

    [Inject]
    public required ISearchIndex Index { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Parameter]
    public string Id { get; set; } = "recherche";

    [Parameter]
    public string Label { get; set; } = UiText.SearchLabel;

    [Parameter]
    public bool LabelHidden { get; set; }

    [Parameter]
    public string? DescribedBy { get; set; }

    /// <summary>The search this box refines: its text fills the box, its filters travel in hidden fields.</summary>
    [Parameter, EditorRequired]
    public required SearchFilters Filters { get; set; }

    [Parameter]
    public bool Large { get; set; }

    /// <summary>When set, typing calls it after <see cref="Debounce"/> of quiet, and submitting calls it too.</summary>
    [Parameter]
    public EventCallback<string> OnSearch { get; set; }

    [Parameter]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);

    protected override void OnParametersSet()
    {
        if (Filters.Text != lastFiltersText)
        {
            lastFiltersText = Filters.Text;
            // The echo of our own search-as-you-type must not overwrite what was typed since;
            // any other change (back, forward, a suggestion, a link) replaces the text.
            if (Normalized(Filters.Text) != Normalized(lastSearched)) text = Filters.Text;
            lastSearched = null;
        }
    }

    private IReadOnlyList<ComboOption> SuggestionsFor(string prefix) =>
        [.. Index.Suggest(prefix, 8).Select(s => new ComboOption($"{s.Kind}:{s.Value}", s.Label, HintFor(s.Kind)))];

    private static string? HintFor(string kind) => kind switch
    {
        "title" => UiText.SuggestionCall,
        "funder" => UiText.SuggestionFunder,
        "theme" => UiText.SuggestionTheme,
        _ => null,
    };

    private async Task TextChanged(string value)
    {
        text = value;
        if (!OnSearch.HasDelegate) return;
        CancelTyping();
        var pause = new CancellationTokenSource();
        typing = pause;
        try
        {
            await Task.Delay(Debounce, pause.Token);
        }
        catch (TaskCanceledException)
        {
            return;
        }
        lastSearched = value;
        await OnSearch.InvokeAsync(value);
    }

    private static string? Normalized(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task SubmitAsync()
    {
        CancelTyping();
        if (OnSearch.HasDelegate)
        {
            await OnSearch.InvokeAsync(text ?? "");
            return;
        }
        Navigation.NavigateTo(Filters.WithText(text).ToUrl());
    }

    private Task SelectAsync(ComboOption option)
    {
        CancelTyping();
        var colon = option.Key.IndexOf(':', StringComparison.Ordinal);
        var (kind, value) = (option.Key[..colon], option.Key[(colon + 1)..]);
        var withoutText = Filters.WithText(null);
        var target = kind switch
        {
            "title" when Guid.TryParse(value, out var id) && Index.Get(id) is { } call => CallLinks.Detail(call.Slug),
            "funder" => withoutText.With(FacetNames.Funder, value).ToUrl(),
            "theme" => withoutText.With(FacetNames.Theme, value).ToUrl(),
            _ => Filters.WithText(option.Label).ToUrl(),
        };
        Navigation.NavigateTo(target);
        return Task.CompletedTask;
    }

    private void CancelTyping()
    {
        typing?.Cancel();
        typing?.Dispose();
        typing = null;
    }

    public void Dispose() => CancelTyping();
}
