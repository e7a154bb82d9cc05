using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using Plateforme.Web.Resources;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Shared.Components;

public sealed partial class ComboBox
{
    private IReadOnlyList<ComboOption> options = [];
    private int activeIndex = -1;
    private bool open;
    private string current = "";
    private string? lastValue;
    private ElementReference input;
    private IJSObjectReference? module;

    [Inject]
    public required IJSRuntime JS { get; init; }

    [Parameter, EditorRequired]
    public required string Id { get; set; }

    /// <summary>The field's name in the form that holds it (the form must still work without the circuit).</summary>
    [Parameter]
    public string? Name { get; set; }

    [Parameter, EditorRequired]
    public required string Label { get; set; }

    [Parameter]
    public bool LabelHidden { get; set; }

    [Parameter]
    public string? Placeholder { get; set; }

    [Parameter]
    public string? DescribedBy { get; set; }

    [Parameter]
    public string? CssClass { get; set; }

    [Parameter]
    public string? Value { get; set; }

    [Parameter]
    public EventCallback<string> ValueChanged { get; set; }

    [Parameter, EditorRequired]
    public required Func<string, IReadOnlyList<ComboOption>> Suggest { get; set; }

    [Parameter]
    public EventCallback<ComboOption> OnSelect { get; set; }

    /// <summary>Characters typed before suggestions appear.</summary>
    [Parameter]
    public int MinLength { get; set; } = 2;

    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? InputAttributes { get; set; }

    private string ListId => Id + "-liste";

    private bool IsExpanded => open && options.Count > 0;

    private string? Announcement => open && current.Trim().Length >= MinLength
        ? options.Count == 0 ? UiText.ComboNoSuggestion : FrenchFormat.Count(options.Count, UiText.ComboSuggestionOne, UiText.ComboSuggestionMany)
        : null;

    private string OptionId(int index) => $"{Id}-option-{index}";

    protected override void OnParametersSet()
    {
        // A value changed from outside (back/forward, a chip removed) replaces the text; our own echo does not.
        if (Value != lastValue)
        {
            lastValue = Value;
            current = Value ?? "";
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        try
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./Shared/Components/ComboBox.razor.js");
            var typedEarly = await module.InvokeAsync<string?>("attach", input);
            if (typedEarly is not null && typedEarly != current)
            {
                // Typed into the server-drawn box before the circuit replaced it: keep it, as if typed now.
                current = typedEarly;
                lastValue = current;
                await ValueChanged.InvokeAsync(current);
                StateHasChanged();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away during the first render: nothing to attach to any more.
        }
    }

    private async Task TextChangedAsync()
    {
        lastValue = current;
        await ValueChanged.InvokeAsync(current);
        var text = current.Trim();
        options = text.Length >= MinLength ? Suggest(text) : [];
        activeIndex = -1;
        open = true;
    }

    private async Task KeyDownAsync(KeyboardEventArgs args)
    {
        switch (args.Key)
        {
            case "ArrowDown" when options.Count > 0:
                open = true;
                activeIndex = (activeIndex + 1) % options.Count;
                break;
            case "ArrowUp" when options.Count > 0:
                open = true;
                activeIndex = activeIndex <= 0 ? options.Count - 1 : activeIndex - 1;
                break;
            case "Enter" when IsExpanded && activeIndex >= 0:
                await PickAsync(activeIndex);
                break;
            case "Escape":
                Close();
                break;
        }
    }

    private async Task PickAsync(int index)
    {
        if (index < 0 || index >= options.Count) return;
        var option = options[index];
        current = option.Label;
        lastValue = current;
        Close();
        await ValueChanged.InvokeAsync(current);
        await OnSelect.InvokeAsync(option);
    }

    private void Close()
    {
        open = false;
        activeIndex = -1;
    }

    public async ValueTask DisposeAsync()
    {
        if (module is null) return;
        try
        {
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // Nothing to release in a browser that is gone.
        }
    }
}
