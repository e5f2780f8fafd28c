using LeakSpec.Features;
using LeakSpec.Runtime;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// One run of a pipeline on one split. The manifest decides which items each stage sees, and nothing else differs
/// between a clean and a leaky run: pipelines never look at the leak, only at the manifest's stage lists.
/// </summary>
/// <param name="Media">The dataset's images or frames.</param>
/// <param name="Manifest">The split: which item ids each stage may see.</param>
/// <param name="Device">Where to train (from <see cref="DeviceSelector"/>).</param>
/// <param name="Seed">The split's seed; every random choice of the run derives from it.</param>
/// <param name="Progress">One-line progress messages (epoch, stage), or null.</param>
/// <param name="Cache">Feature cache shared by runs (keys include the weights' hash), or null.</param>
public sealed record PipelineRun(
    MediaStore Media,
    SplitManifest Manifest,
    DeviceChoice Device,
    int Seed,
    Action<string>? Progress = null,
    FeatureCache? Cache = null)
{
    public CancellationToken Cancellation { get; init; }

    /// <summary>Frozen-trunk features shared across runs (null: each run computes or reads its own).</summary>
    public TrunkFeatureMemo? Trunks { get; init; }

    /// <summary>A deliberate fault for the sabotage tests (<see cref="HarnessFault"/>); None in every real run.</summary>
    internal HarnessFault Fault { get; init; }

    public IProgress<string>? ProgressReporter => Progress is null ? null : new InlineProgress(Progress);

    public IReadOnlyList<string> Stage(string name) => Manifest.Stage(name);

    /// <summary>Calls the sink on the caller's thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class InlineProgress(Action<string> sink) : IProgress<string>
    {
        public void Report(string value) => sink(value);
    }
}
