namespace Plateforme.Web.Tests.Alerts;

/// <summary>One running application shared by the alert tests.</summary>
[CollectionDefinition(Name)]
public sealed class AlertsCollection : ICollectionFixture<AlertsApp>
{
    public const string Name = "Alerts";
}
