using LeakSpec.Harness.Tests.Runtime;
using LeakSpec.Models;
using LeakSpec.Runtime;
using TorchSharp;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>
/// Training ResNet-101 from scratch is unchanged by the switch to <see cref="ResNetNet"/>: built after the same seed,
/// it holds TorchSharp's <c>torchvision.models.resnet101</c> initial weights to the bit (same modules built in the same
/// order, the same He initialisation). Runs alone: libtorch's global generator is shared by every test class.
/// </summary>
[Trait("Category", "Fast")]
[Collection(nameof(GlobalTorchGenerator))]
public sealed class ResNetNetInitTests
{
    [Fact]
    public void SameSeed_GivesTorchVisionsInitialWeights()
    {
        // Given TorchVision's ResNet-101 and LeakSpec's, each built right after seeding libtorch with 11
        Seeding.Seed(11);
        using var reference = torchvision.models.resnet101(num_classes: 1000);
        Seeding.Seed(11);
        using var own = ResNetNet.ResNet101();

        // When their state dicts are compared entry by entry
        using var scope = torch.NewDisposeScope();
        var expected = reference.state_dict();
        var different = own.state_dict().Where(kv => !kv.Value.eq(expected[kv.Key]).all().item<bool>()).Select(kv => kv.Key).ToArray();

        // Then every parameter and buffer is the same (and the weights really are random, not constant)
        different.Should().BeEmpty();
        own.state_dict()["layer3.22.conv2.weight"].std().item<float>().Should().BeGreaterThan(0f);
    }
}
