using LeakSpec.Models;
using LeakSpec.Runtime;
using TorchSharp;
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
    public void InceptionResNetV2_IsServedByInceptionV3AndSaysSo()
    {
        // Given the paper's InceptionResNet-V2, which TorchVision lacks
        using var backbone = PaperBackbones.CreateArchitecture("inception-resnet-v2");

        // Then an Inception-V3 stands in and the name recorded in results says so
        backbone.Should().BeOfType<InceptionV3Backbone>();
        backbone.StandsInFor.Should().Be("inception-resnet-v2");
        backbone.Name.Should().Be("inception-v3-for-inception-resnet-v2");
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
