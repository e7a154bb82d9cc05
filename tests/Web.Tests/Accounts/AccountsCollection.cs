namespace Plateforme.Web.Tests.Accounts;

/// <summary>One running application shared by the account tests.</summary>
[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<AccountsApp>
{
    public const string Name = "Accounts";
}
