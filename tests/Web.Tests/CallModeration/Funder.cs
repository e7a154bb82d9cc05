using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.CallModeration;

/// <summary>A signed-in member of a registered organisation, ready to post calls.</summary>
public sealed record Funder(AccountClient Client, string Email, Guid UserId, Guid OrganisationId, string OrganisationName) : IDisposable
{
    public string CallsPath => $"/organisations/{OrganisationId}/appels";

    public string NewCallPath => CallsPath + "/nouveau";

    public void Dispose() => Client.Dispose();
}
