using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>
/// Its own running application: these tests move the clock forward (end dates pass, loans are paid out), which the
/// other lending tests, with fixed end dates, must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardApp>
{
    public const string Name = "Lending dashboards";
}
