namespace Plateforme.Faults.Tests.Harness;

/// <summary>One collection: the scenarios run one after the other (each starts real processes on a two-core machine).</summary>
[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<FaultsFixture>
{
    public const string Name = "Fault injection";
}
