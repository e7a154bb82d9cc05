using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.Calls.Catalogue;

/// <summary>What the detail page shows: the catalogue's row (the truth) and its labelled index form.</summary>
public sealed record CallPage(FundingCall Call, CallDocument Document, IReadOnlyList<Funder> Funders, CallStatus Status, DateOnly Today);
