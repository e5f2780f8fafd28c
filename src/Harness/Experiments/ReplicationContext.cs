using LeakSpec.Datasets;

namespace LeakSpec.Experiments;

/// <summary>What every runner of one replication shares.</summary>
/// <param name="OutputDir">The run's output folder (results.json, report.md, plots/, runs/, data/).</param>
/// <param name="Device">"cpu" or "cuda" (already resolved from "auto").</param>
/// <param name="Progress">Sink for one-line progress messages; the replicator prefixes case, variant and split.</param>
/// <param name="DataRoot">Folder holding the dataset(s): the user's `--data DIR`, or OutputDir/data for synthetic data.</param>
/// <param name="IsSynthetic">Whether DataRoot holds generated synthetic datasets.</param>
public sealed record ReplicationContext(
    string OutputDir,
    string Device,
    Action<string> Progress,
    string DataRoot,
    bool IsSynthetic = false)
{
    /// <summary>The `--data` value that asks for generated data, and <see cref="RunResults.Data"/> for such a run.</summary>
    public const string SyntheticData = "synthetic";

    /// <summary>Roots given one by one (the Full tier's LEAKSPEC_&lt;DATASET&gt; variables); they win over <see cref="DataRoot"/>.</summary>
    public IReadOnlyDictionary<DatasetKind, string>? Roots { get; init; }

    /// <summary>
    /// Split KADID-10k and KoNViD-1k as the paper's authors did (<see cref="Splitting.AuthorsSplits"/>, `--splits
    /// authors`, the Full tier's default) instead of drawing the splits from the seeds; other datasets are drawn as always.
    /// </summary>
    public bool AuthorsSplits { get; init; }

    /// <summary>The name of the profile the runners were made with (`--profile`), recorded in results.json.</summary>
    public string ProfileName { get; init; } = string.Empty;

    /// <summary>Datasets decoded once for every runner of this replication.</summary>
    public SharedMedia Media { get; init; } = new();

    /// <summary>
    /// Where datasets too large for <see cref="MediaBudgetBytes"/> are decoded to (<see cref="PixelStore"/>); null:
    /// OutputDir/pixels. Point several runs at one folder to decode a dataset once for all of them.
    /// </summary>
    public string? PixelRoot { get; init; }

    /// <summary>
    /// Decode every video when its dataset is first used, several at a time (a run reads them all anyway). Off for
    /// `replicate --plan`, which must not spend hours filling KoNViD-1k's pixel store to say how long a run takes.
    /// </summary>
    public bool PrefetchVideos { get; init; } = true;

    /// <summary>Decoded pixels one dataset may hold in memory; a larger dataset goes to the pixel store on disk.</summary>
    public long MediaBudgetBytes { get; init; } = 4L << 30;

    /// <summary>Frozen-trunk features computed once for every runner of this replication.</summary>
    public Pipelines.TrunkFeatureMemo Trunks { get; init; } = new();

    /// <summary>A deliberate fault for the sabotage tests (<see cref="HarnessFault"/>); unreachable from the CLI.</summary>
    internal HarnessFault Fault { get; init; }

    /// <summary>
    /// Each data root's synthetic ground truth, read once per run: per item, the content-blind prediction (the mean
    /// score of its distortion type and level) and its score; null for real data.
    /// </summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, (double Blind, double Score)>?>> Truth { get; } = new();

    /// <summary>The root of <paramref name="kind"/>: from <see cref="Roots"/>, else under <see cref="DataRoot"/>.</summary>
    public string RootFor(DatasetKind kind) =>
        Roots is not null && Roots.TryGetValue(kind, out var root) ? root : DatasetRoots.Resolve(DataRoot, kind);
}
