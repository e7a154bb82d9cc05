using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.CallModeration;

/// <summary>One running application (accounts, seeded administrator as moderator) shared by the call moderation tests.</summary>
[CollectionDefinition(Name)]
public sealed class CallModerationCollection : ICollectionFixture<AccountsApp>
{
    public const string Name = "Call moderation";
}
