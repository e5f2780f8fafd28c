using LeakSpec.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Runtime;

/// <summary>Runs alone: libtorch's global generator is shared by every test class of the process.</summary>
[CollectionDefinition(nameof(GlobalTorchGenerator), DisableParallelization = true)]
public sealed class GlobalTorchGenerator;

[Trait("Category", "Fast")]
[Collection(nameof(GlobalTorchGenerator))]
public sealed class TorchRuntimeTests
{
    [Fact]
    public void EnsureLoaded_ResNet18_RunsForwardAndBackward()
    {
        // Given TorchSharp loaded through the harness (patched where this machine needs it)
        var info = TorchRuntime.EnsureLoaded();
        info.TorchSharpVersion.Should().StartWith("0.107");

        // When a ResNet18 takes a training step on a small batch
        Seeding.Seed(7);
        using var model = torchvision.models.resnet18(num_classes: 5);
        model.train();
        using var scope = NewDisposeScope();
        var x = randn(2, 3, 64, 64);
        var target = tensor(new long[] { 1, 3 });
        var loss = nn.functional.cross_entropy(model.call(x), target);
        loss.backward();

        // Then the loss is finite and every parameter received a gradient
        float.IsFinite(loss.item<float>()).Should().BeTrue();
        model.parameters().Should().OnlyContain(p => !ReferenceEquals(p.grad, null));
    }

    [Fact]
    public void Seed_SameSeed_SameDraws()
    {
        Seeding.Seed(123);
        var a = randn(5).data<float>().ToArray();
        Seeding.Seed(123);
        var b = randn(5).data<float>().ToArray();
        Seeding.Seed(124);
        var c = randn(5).data<float>().ToArray();

        a.Should().Equal(b);
        a.Should().NotEqual(c);
    }

    [Fact]
    public void Derive_IsStableAndPurposeSpecific()
    {
        Seeding.Derive(42, "split", 3).Should().Be(Seeding.Derive(42, "split", 3));
        Seeding.Derive(42, "split", 3).Should().NotBe(Seeding.Derive(42, "split", 4));
        Seeding.Derive(42, "split", 3).Should().NotBe(Seeding.Derive(43, "split", 3));
    }
}
