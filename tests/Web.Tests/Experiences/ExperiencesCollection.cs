using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Experiences;

/// <summary>One running application (with accounts and a seeded administrator, who moderates) for the experiences' HTTP tests.</summary>
[CollectionDefinition(Name)]
public sealed class ExperiencesCollection : ICollectionFixture<AccountsApp>
{
    public const string Name = "Experiences";
}
