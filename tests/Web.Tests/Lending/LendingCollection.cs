using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Lending;

/// <summary>One running application (with accounts and a seeded administrator) shared by the lending page tests.</summary>
[CollectionDefinition(Name)]
public sealed class LendingCollection : ICollectionFixture<AccountsApp>
{
    public const string Name = "Lending";
}
