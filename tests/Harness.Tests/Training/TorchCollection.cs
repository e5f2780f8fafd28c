namespace LeakSpec.Harness.Tests.Training;

/// <summary>
/// Test classes that train torch models run one after another: in parallel, libtorch's worker threads of each
/// oversubscribe the 2 cores and every step gets many times slower.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TorchCollection
{
    public const string Name = "Torch training (serial)";
}
