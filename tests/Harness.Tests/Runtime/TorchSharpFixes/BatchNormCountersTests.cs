using LeakSpec.Models;
using LeakSpec.Runtime.TorchSharpFixes;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Runtime.TorchSharpFixes;

[Trait("Category", "Fast")]
public sealed class BatchNormCountersTests
{
    [Fact]
    public void Remove_DropsTheCounter_AndRunningStatisticsStillFollowTheMomentum()
    {
        // Given a batch-norm layer with momentum 0.5 and its counter removed
        LeakSpec.Runtime.TorchRuntime.EnsureLoaded();
        using var bn = nn.BatchNorm2d(2, momentum: 0.5);
        BatchNormCounters.Remove(bn);
        bn.num_batches_tracked.Should().BeNull();
        bn.state_dict().Keys.Should().NotContain(k => k.Contains("num_batches_tracked"));

        // When one training batch of constant 4s passes
        bn.train();
        using var four = 4f.ToScalar();
        using var x = full(new long[] { 3, 2, 2, 2 }, four);
        using var y = bn.call(x);

        // Then the running mean moved halfway from 0 to 4, as the momentum says
        bn.running_mean!.data<float>().ToArray().Should().Equal(2f, 2f);
    }

    [Fact]
    public void TheDemoAndFastBackbones_HaveNoCounters()
    {
        using var small = new SmallCnn(seed: 1);
        using var resnet = EmbeddedResNet18.Load(new LeakSpec.Runtime.DeviceChoice("cpu", "test"));

        small.Module.modules().OfType<BatchNorm>().Should().NotBeEmpty().And.OnlyContain(b => ReferenceEquals(b.num_batches_tracked, null));
        resnet.Module.modules().OfType<BatchNorm>().Should().NotBeEmpty().And.OnlyContain(b => ReferenceEquals(b.num_batches_tracked, null));
    }
}
