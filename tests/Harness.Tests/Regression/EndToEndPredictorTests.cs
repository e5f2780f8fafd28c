using LeakSpec.Datasets;
using LeakSpec.Harness.Tests.Training;
using LeakSpec.Models;
using LeakSpec.Regression;
using LeakSpec.Runtime;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Regression;

[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class EndToEndPredictorTests
{
    [Fact]
    public void EndToEndHead_TrainsAndPredictsVideosAsMeanFrameScores()
    {
        // Given the end-to-end head (FC 1024-512-32-1, dropout 0.25) fine-tuned briefly on a few frames
        var cpu = new DeviceChoice("cpu", "test");
        var train = TinyData.Labeled(16, 16, seed: 81);
        var cfg = TrainingConfig.EndToEnd(seed: 1) with { Input = new InputConfig(), BatchSize = 8, Epochs = 2 };
        using var net = new SmallCnn(seed: 3, widths: [4, 8, 8]);
        using var result = FineTuner.Train(net, train, null, cfg, cpu, null, TestContext.Current.CancellationToken);
        result.Head.named_parameters().Select(p => p.name).Should().Contain(["fc1.weight", "fc2.weight", "fc3.weight", "fc4.weight"]);
        result.History.Points.Select(p => p.LearningRate).Should().Equal([1e-4, 0.75e-4], (a, b) => Math.Abs(a - b) < 1e-15, "×0.75 per epoch");

        // When two videos are predicted
        var frames = train.Select(t => t.Load()).ToArray();
        var predictor = new EndToEndPredictor(net, result.Head, cfg.Input, cpu);
        var perFrame = predictor.PredictImages(frames);
        var videos = predictor.PredictVideos([frames[..3], frames[3..8]]);

        // Then each video's score is the mean of its frames' (dropout is off at prediction; float32 batches of other sizes round differently)
        videos[0].Should().BeApproximately(perFrame[..3].Average(), 1e-6);
        videos[1].Should().BeApproximately(perFrame[3..8].Average(), 1e-6);
        predictor.PredictImages(frames).Should().Equal(perFrame);
        var noFrames = () => predictor.PredictVideos([Array.Empty<RgbImage>()]);
        noFrames.Should().Throw<ArgumentException>().WithMessage("*video 0 has no frames*");
    }
}
