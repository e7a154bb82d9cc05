

namespace Plateforme.Web.Calls.Api;

/// <summary>A call with every field the catalogue holds, and every source that lists it.</summary>
public sealed record CallDetailResponse : CallSummaryResponse
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public CallDetailResponse(CallSummaryResponse summary) : base(summary)
    {
        SubThemes = [];
        Keywords = [];
        Destinations = [];
        Sources = [];
    }

    public string? ShortTitle { get; init; }

    /// <summary>Sanitised HTML.</summary>
    public string? DescriptionHtml { get; init; }
    public string? Eligibility { get; init; }
    public string? ProjectExamples { get; init; }
    public string? Contact { get; init; }
    public required IReadOnlyList<string> SubThemes { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public required IReadOnlyList<string> Destinations { get; init; }
    public int? MaxWinners { get; init; }
    public string? OriginUrl { get; init; }
    public string? ApplicationUrl { get; init; }
    public required IReadOnlyList<CallSourceResponse> Sources { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Programmes, pre-deposit, paid or European aid, the source's own update and attribution.</summary>
    public CallSourceDetailsResponse? SourceDetails { get; init; }
}
