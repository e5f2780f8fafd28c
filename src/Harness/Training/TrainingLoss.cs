using static TorchSharp.torch;

namespace LeakSpec.Training;

/// <summary>The criterion of a head kind: (weighted) cross-entropy on quantised scores, or MSE on the scores.</summary>
internal sealed class TrainingLoss : IDisposable
{
    private readonly ScoreQuantizer? quantizer;
    private readonly Tensor? classWeights;
    private readonly Device device;

    public TrainingLoss(TrainingConfig cfg, IReadOnlyList<double> trainScores, Device device)
    {
        this.device = device;
        if (cfg.Head == HeadKind.Classification)
        {
            quantizer = cfg.Quantizer!;
            if (cfg.ClassBalanced)
            {
                var w = ScoreQuantizer.BalancedWeights(quantizer.Quantize(trainScores), quantizer.Classes);
                classWeights = tensor(w.Select(x => (float)x).ToArray()).to(device);
                classWeights.DetachFromDisposeScope();
            }
        }
    }

    public bool IsClassification => quantizer is not null;

    /// <summary>
    /// The batch loss (a scalar in the caller's scope) and, for classification, how many argmax predictions were right.
    /// Validation passes <paramref name="weighted"/> false: its loss is the plain mean cross-entropy, comparable across runs.
    /// </summary>
    public (Tensor Loss, int Correct) Compute(Tensor output, IReadOnlyList<double> scores, bool weighted)
    {
        if (quantizer is null)
        {
            var target = tensor(scores.Select(s => (float)s).ToArray()).to(device);
            return (nn.functional.mse_loss(output.squeeze(1), target), 0);
        }

        var labels = tensor(quantizer.Quantize(scores).Select(l => (long)l).ToArray()).to(device);
        var loss = nn.functional.cross_entropy(output, labels, weighted ? classWeights : null);
        var correct = (int)output.argmax(1).eq(labels).sum().item<long>();
        return (loss, correct);
    }

    public void Dispose() => classWeights?.Dispose();
}
