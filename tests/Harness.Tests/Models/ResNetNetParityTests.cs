using LeakSpec.Harness.Tests.Training;
using LeakSpec.Models;
using LeakSpec.Runtime;
using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>
/// LeakSpec's ResNet-101 (<see cref="ResNetNet"/>, held residual Scalars) against the module it replaces, TorchSharp's
/// <c>torchvision.models.resnet101</c>: the same state-dict keys and shapes (PyTorch's 626), the same outputs to the bit
/// on the same weights, and TorchVision-layout files — TorchSharp's <c>.dat</c> and PyTorch's pickle, as PyBridge
/// writes it — load strictly through <see cref="PaperBackbones.Create"/>. (Against PyTorch itself: the Parity tier's
/// PaperBackboneParityTests "resnet-101" row.)
/// </summary>
[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class ResNetNetParityTests
{
    [Fact]
    public void StateDict_HasTorchVisionsKeysAndShapes()
    {
        // Given TorchVision's ResNet-101 and LeakSpec's
        TorchRuntime.EnsureLoaded();
        using var reference = torchvision.models.resnet101(num_classes: 1000);
        using var own = ResNetNet.ResNet101();

        // When both list their state dicts
        var expected = reference.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.shape, StringComparer.Ordinal);
        var actual = own.state_dict().ToDictionary(kv => kv.Key, kv => kv.Value.shape, StringComparer.Ordinal);

        // Then the keys are the same, PyTorch's count (104 convolutions, 104 batch norms × 5, fc's 2), shape for shape
        actual.Keys.Should().BeEquivalentTo(expected.Keys);
        actual.Should().HaveCount(104 + (104 * 5) + 2);
        actual.Keys.Should().Contain(["layer1.0.downsample.0.weight", "layer1.0.downsample.1.running_var", "layer3.22.bn3.num_batches_tracked", "fc.bias"]);
        foreach (var (key, shape) in expected)
        {
            actual[key].Should().Equal(shape, $"{key}'s shape");
        }

        // And the stride sits on the 3×3 convolution (v1.5), as TorchVision's weights expect
        var modules = own.named_modules().ToDictionary(m => m.name, m => m.module, StringComparer.Ordinal);
        ((Conv2d)modules["layer2.0.conv2"]).stride.Should().Equal(2, 2);
        ((Conv2d)modules["layer2.0.conv1"]).stride.Should().Equal(1, 1);
    }

    [Fact]
    public void SameWeights_GiveTorchVisionsFeaturesStagesAndLogitsToTheBit()
    {
        // Given TorchVision's ResNet-101 with random weights and batch-norm statistics, and LeakSpec's holding its state dict
        TorchRuntime.EnsureLoaded();
        using var reference = new TorchVisionResNet101();
        Randomise(reference.Module);
        using var own = new ResNet101Backbone();
        own.Module.load_state_dict(reference.Module.state_dict(), strict: true);
        reference.PlaceOn(null);
        own.PlaceOn(null);

        // When both run in eval mode on one small preprocessed image
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var input = own.Preprocess(rand(1, 3, 64, 64));
        var ownStages = own.StageOutputs(input);
        var referenceStages = reference.StageOutputs(input);

        // Then the pooled feature, the four stages and the logits are TorchVision's exactly
        ShouldBeIdentical(own.Features(input), reference.Features(input), "features");
        ownStages.Should().HaveCount(4);
        for (var i = 0; i < 4; i++)
        {
            ShouldBeIdentical(ownStages[i], referenceStages[i], $"layer{i + 1}");
        }

        ShouldBeIdentical(((nn.Module<Tensor, Tensor>)own.Module).call(input), ((nn.Module<Tensor, Tensor>)reference.Module).call(input), "logits");
    }

    [Theory]
    [InlineData("resnet101.dat")]
    [InlineData("resnet101.pt")]
    public void TorchVisionLayoutFile_LoadsStrictlyAndGivesItsFeatures(string file)
    {
        // Given a TorchVision ResNet-101's weights saved as TorchSharp's .dat or as a PyTorch state dict (PyBridge)
        TorchRuntime.EnsureLoaded();
        var dir = Directory.CreateTempSubdirectory("leakspec-resnet-");
        try
        {
            var path = Path.Combine(dir.FullName, file);
            using var reference = new TorchVisionResNet101();
            Randomise(reference.Module);
            if (file.EndsWith(".dat", StringComparison.Ordinal))
            {
                reference.Module.save(path);
            }
            else
            {
                reference.Module.save_py(path);
            }

            reference.PlaceOn(null);

            // When the paper backbone loads it (strictly, counters and all) and computes features
            using var loaded = PaperBackbones.Create("resnet-101", path, new DeviceChoice("cpu", "test"));
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var input = loaded.Preprocess(rand(1, 3, 64, 64));

            // Then it is LeakSpec's module, and it gives TorchVision's features to the bit
            loaded.Module.Should().BeOfType<ResNetNet>();
            loaded.WeightsPath.Should().Be(path);
            ShouldBeIdentical(loaded.Features(input), reference.Features(input), "features");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Non-trivial batch norms: default ones and zeros would hide a swapped weight, bias, mean or variance.</summary>
    internal static void Randomise(nn.Module module)
    {
        using var noGrad = no_grad();
        foreach (var bn in module.modules().OfType<BatchNorm2d>())
        {
            bn.weight!.uniform_(0.5, 1.5);
            bn.bias!.uniform_(-0.2, 0.2);
            bn.running_mean!.uniform_(-0.2, 0.2);
            bn.running_var!.uniform_(0.5, 1.5);
        }
    }

    private static void ShouldBeIdentical(Tensor actual, Tensor expected, string what)
    {
        actual.shape.Should().Equal(expected.shape, what);
        var a = actual.data<float>().ToArray();
        var e = expected.data<float>().ToArray();
        a.Should().OnlyContain(v => float.IsFinite(v), what);
        a.Zip(e, (x, y) => Math.Abs(x - y)).Max().Should().Be(0f, $"{what} must be TorchVision's to the bit");
    }

    /// <summary>What ResNet101Backbone was before it had its own module: TorchSharp's TorchVision ResNet-101, children by name.</summary>
    private sealed class TorchVisionResNet101()
        : TorchVisionBackbone("torchvision-resnet-101", torchvision.models.resnet101(num_classes: 1000), 2048, [256, 512, 1024, 2048], standsInFor: null)
    {
        protected override (Tensor Features, List<Tensor> Stages) Run(Tensor input, bool keepStages)
        {
            var x = ResNetNet.Stem.Aggregate(input, (t, child) => Call(child, t));
            var stages = new List<Tensor>();
            foreach (var layer in ResNetNet.Layers)
            {
                x = Call(layer, x);
                stages.Add(x);
            }

            return (Call("avgpool", x).flatten(1), stages);
        }
    }
}
