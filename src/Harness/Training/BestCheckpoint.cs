using static TorchSharp.torch;

namespace LeakSpec.Training;

/// <summary>
/// Model selection on a validation metric with early stopping: the best weights seen so far (an in-memory
/// <see cref="StateSnapshot"/>) and how many validations since they improved. Fine-tuning (TrainingRun) and the
/// distribution head share it, so both select and stop by one rule.
/// </summary>
/// <param name="lowerIsBetter">True for a loss, false for an accuracy.</param>
/// <param name="patience">Validations without improvement before <see cref="ShouldStop"/>; null never stops.</param>
/// <param name="minImprovement">How much better than the best a metric must be to count as an improvement.</param>
public sealed class BestCheckpoint(bool lowerIsBetter, int? patience, double minImprovement = 0) : IDisposable
{
    private StateSnapshot? best;
    private int sinceBest;

    public double? BestMetric { get; private set; }

    public bool ShouldStop => patience is { } p && sinceBest >= p;

    /// <summary>Takes one validation's metric; keeps <paramref name="modules"/>' weights when it improves on the best.</summary>
    /// <returns>Whether it improved.</returns>
    public bool Offer(double metric, params nn.Module[] modules)
    {
        var improves = BestMetric is not { } b || (lowerIsBetter ? metric < b - minImprovement : metric > b + minImprovement);
        if (!improves)
        {
            sinceBest++;
            return false;
        }

        (BestMetric, sinceBest) = (metric, 0);
        best?.Dispose();
        best = StateSnapshot.Capture(modules);
        return true;
    }

    /// <summary>Puts the best weights back into the same modules (nothing when no validation was offered), and frees them.</summary>
    public void Restore(params nn.Module[] modules)
    {
        best?.Restore(modules);
        Dispose();
    }

    public void Dispose()
    {
        best?.Dispose();
        best = null;
    }
}
