using LeakSpec.Datasets;
using LeakSpec.Models;
using LeakSpec.Runtime;
using LeakSpec.Training;
using TorchSharp.Modules;

namespace LeakSpec.Regression;

/// <summary>
/// The fine-tuned network itself as the predictor (paper §"Case III", C3.11; Case IV, C4.6): a regression or
/// end-to-end head's output per image, and for a video the mean of its frames' scores.
/// </summary>
public sealed class EndToEndPredictor(IBackbone backbone, Sequential head, InputConfig input, DeviceChoice device, int batchSize = 32)
{
    public double[] PredictImages(IReadOnlyList<RgbImage> images)
    {
        var rows = FineTuner.Predict(backbone, head, images, input, batchSize, device);
        if (rows.Length > 0 && rows[0].Length != 1)
        {
            throw new InvalidOperationException($"EndToEndPredictor: the head has {rows[0].Length} outputs; a score needs a 1-unit regression or end-to-end head.");
        }

        return rows.Select(r => (double)r[0]).ToArray();
    }

    /// <summary>One score per video: the mean predicted frame score.</summary>
    public double[] PredictVideos(IReadOnlyList<IReadOnlyList<RgbImage>> videos) =>
        videos.Select((frames, i) => frames.Count > 0
            ? PredictImages(frames).Average()
            : throw new ArgumentException($"EndToEndPredictor: video {i} has no frames.", nameof(videos))).ToArray();
}
