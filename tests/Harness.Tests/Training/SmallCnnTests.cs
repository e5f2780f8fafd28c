using LeakSpec.Features;
using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Training;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Training;

[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class SmallCnnTests
{
    [Fact]
    public void Memorises_TwoHundredRandomImagesWithRandomLabels()
    {
        // Given 200 random-content 32 px images with random labels (nothing to learn but the items themselves)
        var train = TinyData.Labeled(200, 32, seed: 51);
        var cfg = new TrainingConfig
        {
            Optimizer = OptimizerKind.Adam, LearningRate = 3e-3, BatchSize = 50, Epochs = 10, Quantizer = ScoreQuantizer.EqualBins(0, 5), Seed = 1,
        };
        using var net = new SmallCnn(seed: 2);

        // When the small CNN is fine-tuned on them
        using var result = FineTuner.Train(net, train, null, cfg, new DeviceChoice("cpu", "test"), null, TestContext.Current.CancellationToken);

        // Then training accuracy climbs from chance (~20 %) to nearly all items (the leaky runs' 100 %, claim C1.6)
        result.History.Points[0].TrainAccuracy.Should().BeLessThan(0.4);
        result.History.Points[^1].TrainAccuracy.Should().BeGreaterThan(0.95);
    }

    [Fact]
    public void SameSeed_SameWeights_AndStageShapes()
    {
        using var a = new SmallCnn(seed: 9);
        using var b = new SmallCnn(seed: 9);
        using var c = new SmallCnn(seed: 10);
        WeightsHash.Of(a.Module).Should().Be(WeightsHash.Of(b.Module));
        WeightsHash.Of(a.Module).Should().NotBe(WeightsHash.Of(c.Module));

        using var scope = NewDisposeScope();
        var x = a.Preprocess(rand(2, 3, 40, 40));
        a.StageOutputs(x).Select(s => s.shape).Should().BeEquivalentTo(new[] { new long[] { 2, 16, 20, 20 }, [2, 32, 10, 10], [2, 64, 5, 5] }, o => o.WithStrictOrdering());
        a.Features(x).shape.Should().Equal(2, a.FeatureDim);
        a.StageDims.Should().Equal(16, 32, 64);
    }
}
