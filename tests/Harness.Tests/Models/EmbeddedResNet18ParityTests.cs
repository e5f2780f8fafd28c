using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Models;

/// <summary>The imported module against ONNX Runtime running the package's own ONNX files (the independent reference).</summary>
[Trait("Category", "Fast")]
public sealed class EmbeddedResNet18ParityTests(EmbeddedResNet18Fixture fixture) : IClassFixture<EmbeddedResNet18Fixture>
{
    private const int Size = 224;

    [Fact]
    public void Import_UsesEveryInitializerAsParameterOrBuffer()
    {
        // Given the imported backbone
        var backbone = fixture.Backbone;

        // When its learnable parameters and running statistics are counted
        var parameters = backbone.Module.parameters().Count();
        var statistics = backbone.Module.named_buffers().Count(b => b.name.EndsWith("running_mean", StringComparison.Ordinal) || b.name.EndsWith("running_var", StringComparison.Ordinal));

        // Then all 110 ONNX initializers are there: 22 conv weights + 22 BN scale/bias pairs + 22 mean/var pairs
        // (CNTK's "ResNet18" has 2, 2, 2, 3 basic blocks: one more in the last stage than torchvision's)
        (parameters + statistics).Should().Be(110);
        parameters.Should().Be(66);
        backbone.ImportSummary.Should().Contain("110/110 initializers").And.Contain("74 nodes").And.Contain("stages [2, 2, 2, 3]");
        backbone.FeatureDim.Should().Be(512);
        backbone.StageDims.Should().Equal(64, 128, 256, 512);
        backbone.Module.named_children().Select(c => c.name).Should().Equal("stem", "layer1", "layer2", "layer3", "layer4", "pool");
    }

    [Fact]
    public void Preprocess_MatchesThePackagesPreprocessingGraph()
    {
        // Given a natural-looking RGB image
        var rgb01 = DeadLeavesImage.Rgb01(seed: 11, Size, Size);

        // When ONNX Runtime runs ResNetPreprocess.onnx on it (0–255 RGB) and the backbone preprocesses it
        var expected = RunOnnx(fixture.Backbone.Files.PreprocessOnnx, rgb01.Select(v => v * 255f).ToArray());
        using var input = tensor(rgb01, [1, 3, Size, Size]);
        using var actual = fixture.Backbone.Preprocess(input);

        // Then both give the same BGR, mean-subtracted tensor
        MaxAbsDiff(actual.data<float>().ToArray(), expected).Should().BeLessThan(1e-3f);
    }

    [Fact]
    public void Features_At224_MatchOnnxRuntimeWithin1e3()
    {
        // Given a natural-looking image, preprocessed once
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var pre = fixture.Backbone.Preprocess(tensor(DeadLeavesImage.Rgb01(seed: 5, Size, Size), [1, 3, Size, Size]));
        var preData = pre.data<float>().ToArray();

        // When ONNX Runtime and the imported module compute the pooled feature
        var expected = RunOnnx(fixture.Backbone.Files.ResNet18Onnx, preData);
        fixture.Backbone.Module.eval();
        var actual = fixture.Backbone.Features(pre).data<float>().ToArray();

        // Then the 512 values agree within 1e-3 (and are not trivially zero)
        actual.Should().HaveCount(512);
        expected.Should().HaveCount(512);
        MaxAbsDiff(actual, expected).Should().BeLessThan(1e-3f);
        expected.Max().Should().BeGreaterThan(0.1f);
    }

    [Fact]
    public void StageOutputs_At112_HaveStageWidthsAndPoolToFeatures()
    {
        // Given a batch of two 112 px images
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var rgb = DeadLeavesImage.Rgb01(1, 112, 112).Concat(DeadLeavesImage.Rgb01(2, 112, 112)).ToArray();
        var pre = fixture.Backbone.Preprocess(tensor(rgb, [2, 3, 112, 112]));

        // When stage outputs and features are computed
        fixture.Backbone.Module.eval();
        var stages = fixture.Backbone.StageOutputs(pre);
        var features = fixture.Backbone.Features(pre);

        // Then the stages have 64…512 channels at strides 4…32 and the last one pooled is the feature
        stages.Select(s => s.shape).Should().BeEquivalentTo(
            new[] { new long[] { 2, 64, 28, 28 }, [2, 128, 14, 14], [2, 256, 7, 7], [2, 512, 4, 4] },
            o => o.WithStrictOrdering());
        var pooled = stages[^1].mean([2, 3]);
        (pooled - features).abs().max().item<float>().Should().BeLessThan(1e-5f);
        features.shape.Should().Equal(2, 512);
    }

    private static float[] RunOnnx(string modelPath, float[] input)
    {
        using var session = new InferenceSession(modelPath);
        var name = session.InputMetadata.Keys.Single();
        var dense = new DenseTensor<float>(input, [1, 3, Size, Size]);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor(name, dense)]);
        return results.Single().AsTensor<float>().ToArray();
    }

    private static float MaxAbsDiff(float[] a, float[] b)
    {
        a.Should().HaveSameCount(b);
        return a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
    }
}
