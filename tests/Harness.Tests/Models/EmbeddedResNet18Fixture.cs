using LeakSpec.Models;
using LeakSpec.Runtime;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>One import of the embedded ResNet18 shared by the read-only tests of a class (the import takes seconds).</summary>
public sealed class EmbeddedResNet18Fixture : IDisposable
{
    public EmbeddedResNet18Fixture()
    {
        TorchRuntime.EnsureLoaded();
        Backbone = EmbeddedResNet18.Load();
    }

    public EmbeddedResNet18 Backbone { get; }

    public void Dispose() => Backbone.Dispose();
}
