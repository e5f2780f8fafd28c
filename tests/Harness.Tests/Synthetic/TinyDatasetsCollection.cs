namespace LeakSpec.Harness.Tests.Synthetic;

/// <summary>Tests sharing the five tiny datasets generated once by <see cref="TinyDatasetsFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class TinyDatasetsCollection : ICollectionFixture<TinyDatasetsFixture>
{
    public const string Name = "Synthetic tiny datasets";
}
