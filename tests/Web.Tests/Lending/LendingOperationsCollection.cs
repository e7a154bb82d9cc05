using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>
/// Its own running application for the moderators' lending screens: these tests move the clock by weeks and months,
/// which the other lending page tests (fixed on 23 November 2026) must not see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LendingOperationsCollection : ICollectionFixture<AccountsApp>
{
    public const string Name = "Lending operations";
}
