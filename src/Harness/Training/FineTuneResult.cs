using TorchSharp.Modules;

namespace LeakSpec.Training;

/// <summary>What a fine-tuning run produced. The backbone passed in holds the selected weights; the head is returned here.</summary>
/// <param name="BestStep">Items seen at the selected checkpoint (the last step when there was no validation set).</param>
/// <param name="Head">The trained head (on the training device); dispose the result to free it.</param>
/// <param name="StopReason">"early stopping", "max steps" or "epochs".</param>
/// <param name="Snapshots">Backbone files saved every <see cref="TrainingConfig.SnapshotEveryEpochs"/> (each with a .head.dat beside it).</param>
public sealed record FineTuneResult(
    TrainingHistory History,
    long BestStep,
    int BestEpoch,
    double? BestValLoss,
    double? BestValAccuracy,
    string StopReason,
    Sequential Head,
    IReadOnlyList<string> Snapshots) : IDisposable
{
    /// <summary>Accuracy on the probe set (the regressor's test frames) at each validation; empty when none was given.</summary>
    public IReadOnlyList<double> ProbeAccuracies { get; init; } = [];

    public void Dispose() => Head.Dispose();
}
