using System.Text.Json.Nodes;
using Plateforme.Search.Catalogue;

namespace Plateforme.Search.Moderation;

/// <summary>
/// One field of a call as moderation sees it: read as JSON (the history's before/after form, the same as the
/// crawler's), written from a JSON value (a source's proposal) and, for the fields of the form, from a draft.
/// Names are <see cref="FundingCall"/>'s property names, as <see cref="FundingCall.ModeratorEditedFields"/> lists them.
/// </summary>
public sealed record EditableField(
    string Name,
    Func<FundingCall, JsonNode?> Read,
    Action<FundingCall, JsonNode?> Write,
    Action<FundingCall, CallDraft>? FromDraft)
{
    public bool InForm => FromDraft is not null;
}
