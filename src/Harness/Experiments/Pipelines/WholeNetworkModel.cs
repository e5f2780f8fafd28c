using LeakSpec.Features;
using LeakSpec.Models;
using LeakSpec.Splitting;
using LeakSpec.Training;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// The paper's fine-tuning: the whole network and a new head trained on the run's fine-tuning stages; predictions
/// through the network and head at the training's input and batch size, features through the fine-tuned network
/// (cached under this fine-tuning's run id).
/// </summary>
public sealed class WholeNetworkModel : IFineTunedModel
{
    private readonly IBackbone backbone;
    private readonly PipelineRun run;
    private readonly FineTuneRequest request;
    private readonly string runId;

    private WholeNetworkModel(IBackbone backbone, FineTuneResult result, PipelineRun run, FineTuneRequest request)
    {
        this.backbone = backbone;
        this.run = run;
        this.request = request;
        Result = result;
        runId = Stagework.RunId(backbone.Name, run.Stage(Stages.FinetuneTrain), request.Training);
    }

    public FineTuneResult Result { get; }

    public static WholeNetworkModel Train(BackboneSpec spec, PipelineRun run, FineTuneRequest request)
    {
        var backbone = spec.Create(run.Seed, run.Device);
        try
        {
            var result = Stagework.FineTune(backbone, run, request.Training, Stages.FinetuneTrain, Stages.FinetuneVal, request.Probe);
            return new WholeNetworkModel(backbone, result, run, request);
        }
        catch
        {
            backbone.Dispose();
            throw;
        }
    }

    public double[][] PredictImages(IReadOnlyList<string> ids) => Predict([.. ids.Select(run.Media.Image)]);

    public double[][] PredictFrames(IReadOnlyList<string> videoIds) => Predict([.. videoIds.SelectMany(v => run.Media.Frames(v))]);

    public IReadOnlyDictionary<string, double[]> ImageFeatures(IEnumerable<string> ids) =>
        Stagework.ImageFeatures(backbone, run, ids, FeatureSettings, runId);

    public Dictionary<string, double[][]> VideoFeatures(IEnumerable<string> videoIds) =>
        Stagework.VideoFeatures(backbone, run, videoIds, FeatureSettings, runId);

    private FeatureSettings FeatureSettings =>
        request.Features ?? throw new InvalidOperationException("WholeNetworkModel: this pipeline's request named no feature settings.");

    public void Dispose()
    {
        Result.Dispose();
        backbone.Dispose();
    }

    // The float outputs widened to double: exact, so an argmax or a mean is what it was on the floats.
    private double[][] Predict(IReadOnlyList<Datasets.RgbImage> images) =>
        [.. FineTuner.Predict(backbone, Result.Head, images, request.Training.Input, request.Training.BatchSize, run.Device).Select(o => o.Select(v => (double)v).ToArray())];
}
