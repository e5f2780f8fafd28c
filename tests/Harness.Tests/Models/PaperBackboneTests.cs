using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Runtime.TorchSharpFixes;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>The paper's backbone architectures build with the documented widths (no weights: random initialisation).</summary>
[Trait("Category", "Fast")]
public sealed class PaperBackboneTests
{
    [Theory]
    [InlineData("alexnet", 64, 4096, new[] { 64, 192, 384, 256, 256 })]
    [InlineData("inception-v3", 75, 2048, new[] { 256, 288, 288, 768, 768, 768, 768, 768, 1280, 2048, 2048 })]
    [InlineData("resnet-101", 32, 2048, new[] { 256, 512, 1024, 2048 })]
    [InlineData("inception-resnet-v2", 75, 1536, new[]
    {
        320, 320, 320, 320, 320, 320, 320, 320, 320, 320, 320,
        1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088, 1088,
        2080, 2080, 2080, 2080, 2080, 2080, 2080, 2080, 2080, 2080, 2080,
    })]
    public void Architecture_HasFeatureAndStageWidths(string name, int size, int featureDim, int[] stageDims)
    {
        // Given the architecture with random weights, in eval mode, on a tiny input
        Seeding.Seed(4);
        using var backbone = PaperBackbones.CreateArchitecture(name);
        backbone.Module.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var input = backbone.Preprocess(rand(1, 3, size, size));

        // When features and stage outputs are computed
        var features = backbone.Features(input);
        var stages = backbone.StageOutputs(input);

        // Then the widths are the documented ones, and they agree with what the module produced
        backbone.FeatureDim.Should().Be(featureDim);
        backbone.StageDims.Should().Equal(stageDims);
        features.shape.Should().Equal(1, featureDim);
        stages.Select(s => (int)s.shape[1]).Should().Equal(stageDims);
        features.isfinite().all().item<bool>().Should().BeTrue();
    }

    [Fact]
    public void InceptionResNetV2_IsItsOwnNetworkWithTimmsInputAndNormalisation()
    {
        // Given the paper's Inception-ResNet-v2 (TorchVision lacks it; LeakSpec's module has timm's names)
        using var backbone = PaperBackbones.CreateArchitecture("inception-resnet-v2");
        using var scope = NewDisposeScope();

        // Then nothing stands in for it, it takes timm's 299 px input, and [0, 1] maps to [-1, 1] (mean = std = 0.5)
        backbone.Should().BeOfType<InceptionResNetV2Backbone>();
        backbone.StandsInFor.Should().BeNull();
        backbone.Name.Should().Be("inception-resnet-v2");
        InceptionResNetV2Backbone.InputSize.Should().Be(299);
        backbone.Preprocess(tensor(new[] { 0f, 0.25f, 1f }, [1, 3, 1, 1])).data<float>().ToArray().Should().Equal(-1f, -0.5f, 1f);
        PaperBackbones.HowToObtain("inception-resnet-v2").Should().Contain("--models inception_resnet_v2").And.Contain("inception_resnet_v2.pt").And.Contain("timm");
    }

    [Fact]
    public void InceptionResNetV2_BackwardInTrainingMode_ReachesEveryParameter()
    {
        // Given the architecture in training mode (the in-place residual `mul_`/`add_` must keep autograd's graph intact)
        Seeding.Seed(5);
        using var backbone = PaperBackbones.CreateArchitecture("inception-resnet-v2");
        BatchNormCounters.Remove(backbone.Module);
        backbone.Module.train();
        using var scope = NewDisposeScope();

        // When a loss over the pooled feature of two smallest inputs is back-propagated
        backbone.Features(backbone.Preprocess(rand(2, 3, 75, 75))).square().mean().backward();

        // Then every parameter but the unused classifier has a finite, non-zero gradient
        var parameters = backbone.Module.named_parameters().Where(p => !p.name.StartsWith("classif.", StringComparison.Ordinal)).ToArray();
        // (204 BasicConv2d: conv weight, bn weight and bias; 40 residual blocks: their conv2d's weight and bias)
        parameters.Should().HaveCount((204 * 3) + (40 * 2));
        foreach (var (name, p) in parameters)
        {
            p.grad.Should().NotBeNull(name);
            p.grad!.isfinite().all().item<bool>().Should().BeTrue(name);
            p.grad.abs().sum().item<float>().Should().BeGreaterThan(0, name);
        }
    }

    [Fact]
    public void InceptionResNetV2_RefusesInputsSmallerThanItsMinimum()
    {
        using var backbone = PaperBackbones.CreateArchitecture("inception-resnet-v2");
        using var scope = NewDisposeScope();

        var act = () => backbone.Features(zeros(1, 3, 74, 74));

        act.Should().Throw<ArgumentException>().WithMessage("*at least 75*74×74*");
    }

    [Fact]
    public void Create_MissingWeights_NamesTheFileAndHowToObtainIt()
    {
        // Given a weight path that does not exist
        var path = Path.Combine(Path.GetTempPath(), "leakspec-no-such-dir", "alexnet.pt");

        // When the backbone is created from it
        var act = () => PaperBackbones.Create("alexnet", path, new DeviceChoice("cpu", "test"));

        // Then the error names the file and the command that writes it
        act.Should().Throw<WeightsNotFoundException>()
            .WithMessage($"*{path}*python3 scripts/make-weights.py --out <folder> --models alexnet*alexnet(weights='IMAGENET1K_V1')*")
            .Which.FileName.Should().Be(path);
    }

    [Fact]
    public void Create_WrongArchitectureStateDict_ThrowsImportErrorNamingTheFile()
    {
        // Given a real PyTorch state dict, but of a different network (the tiny fixture net)
        var path = ModelFixtureFiles.PathOf("tiny_net.pt");

        // When it is loaded as ResNet-101
        var act = () => PaperBackbones.Create("resnet-101", path, new DeviceChoice("cpu", "test"));

        // Then the import error names the file and what was expected
        act.Should().Throw<ModelImportException>().WithMessage($"*{path}*resnet-101*state dict*");
    }

    [Fact]
    public void UnknownName_ListsTheKnownOnes()
    {
        var act = () => PaperBackbones.CreateArchitecture("vgg16");

        act.Should().Throw<ArgumentException>().WithMessage("*vgg16*alexnet*resnet-101*");
    }
}
