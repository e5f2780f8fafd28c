using LeakSpec.Features;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// A network fine-tuned on a run's fine-tuning stages, as the pipelines use it: its training result, its outputs
/// for images and video frames, and the features the regressors read. Two implementations, made by
/// <see cref="FineTunedModel.Train"/>: the whole network fine-tuned (the paper's way, <see cref="WholeNetworkModel"/>)
/// and the demo's frozen trunk with a trained fc7-role layer and head (<see cref="TunedHead"/>).
/// </summary>
public interface IFineTunedModel : IDisposable
{
    /// <summary>The fine-tuning's history, selection and head.</summary>
    FineTuneResult Result { get; }

    /// <summary>The head's outputs (class scores or the regression value) for images of the run's dataset.</summary>
    double[][] PredictImages(IReadOnlyList<string> ids);

    /// <summary>The head's outputs for every frame of the videos, video after video, in one batched pass.</summary>
    double[][] PredictFrames(IReadOnlyList<string> videoIds);

    /// <summary>The regressor's features of images (the fine-tuned network's, or the fc7-role layer's).</summary>
    IReadOnlyDictionary<string, double[]> ImageFeatures(IEnumerable<string> ids);

    /// <summary>The regressor's per-frame features of videos, in frame order.</summary>
    Dictionary<string, double[][]> VideoFeatures(IEnumerable<string> videoIds);
}

/// <summary>What a pipeline asks of its fine-tuned network besides the training run itself.</summary>
/// <param name="Training">The fine-tuning run (its input is the whole network's training view).</param>
/// <param name="Features">How the whole network's regressor features are taken; null where the pipeline reads only predictions.</param>
public sealed record FineTuneRequest(TrainingConfig Training, FeatureSettings? Features = null)
{
    /// <summary>The frozen trunk's one cached view per item; null: the training's input.</summary>
    public InputConfig? FrozenView { get; init; }

    /// <summary>Items (image, frame or video ids) a frozen-trunk model must answer for beyond its fine-tuning stages.</summary>
    public IEnumerable<string> Needed { get; init; } = [];

    /// <summary>Items whose accuracy is taken at every validation (<see cref="FineTuneResult.ProbeAccuracies"/>), or null.</summary>
    public IReadOnlyList<string>? Probe { get; init; }
}

/// <summary>The one place that decides how a pipeline's network is fine-tuned: by the configuration's frozen trunk.</summary>
public static class FineTunedModel
{
    /// <summary>Fine-tunes <paramref name="backbone"/> on the run's fine-tuning stages, whole or (with <paramref name="frozen"/>) over its frozen trunk.</summary>
    public static IFineTunedModel Train(BackboneSpec backbone, FrozenTrunk? frozen, PipelineRun run, FineTuneRequest request)
    {
        if (frozen is null)
        {
            return WholeNetworkModel.Train(backbone, run, request);
        }

        var view = request.FrozenView ?? request.Training.Input;
        return TunedHead.Train(
            frozen, backbone, view, run, request.Training with { Input = view }, Splitting.Stages.FinetuneTrain, Splitting.Stages.FinetuneVal, request.Needed, request.Probe);
    }
}
