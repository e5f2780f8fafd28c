using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LeakSpec.Training;

/// <summary>The bookkeeping of one fine-tuning run: accumulators, history, validation, best checkpoint, early stopping.</summary>
/// <param name="probe">A set evaluated (accuracy only) at every validation, choosing nothing: the peak test accuracy (C2.2).</param>
internal sealed class TrainingRun(
    nn.Module body, Sequential head, TrainingLoss loss, TrainingConfig cfg, ValidationSource? val, IProgress<string>? progress, ValidationSource? probe = null) : IDisposable
{
    private readonly List<TrainingPoint> points = [];
    private readonly List<double> probeAccuracies = [];
    private double lossSum;
    private long correct;
    private long count;
    private readonly BestCheckpoint best = new(cfg.SelectBy == StopMetric.ValidationLoss, cfg.Patience);

    public long Items { get; private set; }

    public long Steps { get; set; }

    public long NextValidationAt { get; set; } = cfg.ValidateEveryItems ?? 0;

    public string? StopReason { get; set; }

    public IReadOnlyList<TrainingPoint> Points => points;

    /// <summary>The probe set's accuracy at each validation, in order (empty without a probe or validation set).</summary>
    public IReadOnlyList<double> ProbeAccuracies => probeAccuracies;

    public bool HasPendingTraining => count > 0;

    public long BestStep { get; private set; }

    public int BestEpoch { get; private set; }

    public double? BestValLoss { get; private set; }

    public double? BestValAccuracy { get; private set; }

    private bool HasValidation => val is { Count: > 0 };

    public void AddTrainBatch(double meanLoss, int batchCorrect, int n)
    {
        lossSum += meanLoss * n;
        correct += batchCorrect;
        count += n;
        Items += n;
    }

    /// <summary>Closes a history point: validates (if there is a validation set), selects, and decides on early stopping.</summary>
    public void Checkpoint(int epoch, double lr)
    {
        var (valLoss, valAcc) = HasValidation ? Evaluate(val!) : (null, null);
        if (HasValidation && probe is { Count: > 0 } && loss.IsClassification)
        {
            probeAccuracies.Add(Evaluate(probe).Accuracy!.Value);
        }

        var point = new TrainingPoint(Items, epoch, count > 0 ? lossSum / count : double.NaN, loss.IsClassification && count > 0 ? (double)correct / count : null, valLoss, valAcc, lr);
        points.Add(point);
        (lossSum, correct, count) = (0, 0, 0);
        progress?.Report($"step {point.Step} epoch {epoch}: train loss {point.TrainLoss:G4} acc {point.TrainAccuracy:P1}; val loss {valLoss:G4} acc {valAcc:P1}");

        if (!HasValidation)
        {
            (BestStep, BestEpoch) = (Items, epoch);
            return;
        }

        var metric = cfg.SelectBy == StopMetric.ValidationLoss ? valLoss!.Value : valAcc ?? throw new InvalidOperationException("SelectBy ValidationAccuracy needs a classification head.");
        if (best.Offer(metric, body, head))
        {
            (BestStep, BestEpoch, BestValLoss, BestValAccuracy) = (Items, epoch, valLoss, valAcc);
        }
        else if (best.ShouldStop)
        {
            StopReason = "early stopping";
        }
    }

    /// <summary>Puts the selected weights back (when asked) and frees the snapshot.</summary>
    public void Finish()
    {
        if (cfg.RestoreBest)
        {
            best.Restore(body, head);
        }

        best.Dispose();
    }

    public void Dispose() => best.Dispose();

    private (double? Loss, double? Accuracy) Evaluate(ValidationSource set)
    {
        body.eval();
        head.eval();
        double sum = 0;
        long right = 0;
        for (var start = 0; start < set.Count; start += cfg.BatchSize)
        {
            var batch = Enumerable.Range(start, Math.Min(cfg.BatchSize, set.Count - start)).ToArray();
            using (NewDisposeScope())
            using (no_grad())
            {
                var output = head.call(set.Forward(batch));
                var (l, c) = loss.Compute(output, batch.Select(i => set.Scores[i]).ToArray(), weighted: false);
                sum += l.item<float>() * batch.Length;
                right += c;
            }
        }

        return (sum / set.Count, loss.IsClassification ? (double)right / set.Count : null);
    }
}
