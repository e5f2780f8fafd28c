using System.Diagnostics;
using System.Text.Json;
using LeakSpec.Datasets;
using LeakSpec.Features;
using LeakSpec.IO;
using LeakSpec.Runtime;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// What every case runner shares: loading each dataset once, building the split manifest of a (variant, split),
/// auditing it, writing it beside the results (the paper's plea: publish the splits), and turning a pipeline's outcome
/// into a <see cref="SplitResult"/>.
/// </summary>
public abstract class CaseRunnerBase : ICaseRunner
{
    private static readonly JsonSerializerOptions ConfigJson = new() { WriteIndented = false };

    protected CaseRunnerBase(ReplicationContext context, ReplicationProfile profile)
    {
        Context = context;
        Profile = profile;
    }

    public abstract string CaseId { get; }

    public IReadOnlyList<string> Variants => [.. Table.Select(v => v.Id)];

    /// <summary>The case's variants: id, dataset, policy, leak and claims of each (<see cref="VariantSpec"/>).</summary>
    protected abstract IReadOnlyList<VariantSpec> Table { get; }

    public string ConfigurationJson => JsonSerializer.Serialize(Configuration, ConfigJson);

    protected ReplicationContext Context { get; }

    protected ReplicationProfile Profile { get; }

    /// <summary>The records whose values change this case's results (serialised into <see cref="ConfigurationJson"/>).</summary>
    protected abstract object Configuration { get; }

    public abstract VariantInfo Describe(string variant);

    public virtual int SplitsFor(int requested) => requested;

    public SplitResult RunSplit(string variant, int split, int seed, ReplicationContext ctx, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var splitSeed = SplitSeed(seed, split);
        var (kind, manifest) = Manifest(variant, splitSeed);
        var audit = new LeakAuditor().Audit([manifest]);
        var manifestPath = Path.Combine(ctx.OutputDir, "manifests", $"case{CaseId}", variant, $"split{split}.json");
        AtomicFile.WriteAllBytes(manifestPath, manifest.ToCanonicalUtf8());
        var run = new PipelineRun(Media(kind), manifest, new DeviceChoice(ctx.Device, "from replicate"), splitSeed, ctx.Progress, Cache(ctx))
        {
            Cancellation = ct, Trunks = ctx.Trunks, Fault = Context.Fault,
        };
        var outcome = Execute(variant, run);
        var scalars = new Dictionary<string, double>(outcome.Scalars);
        if (ContentBlindSrocc(kind, manifest.Stage(Stages.RegressorTest)) is { } blind)
        {
            scalars[ScalarKeys.ContentBlindSrocc] = blind;
        }

        return new SplitResult(
            split, seed, outcome.Test, outcome.Train, outcome.Curve, manifest.ContentHash,
            [.. audit.Violations.Select(v => v.ToString())], clock.Elapsed.TotalSeconds, scalars) { Leaks = audit.Cases };
    }

    /// <summary>
    /// On synthetic data: the test SROCC of a content-blind predictor (the mean score of each distortion type and level,
    /// from the generator's ground truth), the share of quality a clean pipeline can learn from pixels. Null on real data.
    /// </summary>
    private double? ContentBlindSrocc(DatasetKind kind, IReadOnlyList<string> testIds)
    {
        var truth = Context.Truth.GetOrAdd(
            Context.RootFor(kind), r => new Lazy<IReadOnlyDictionary<string, (double Blind, double Score)>?>(() => ContentBlind(Synthetic.TruthCsv.Read(r)))).Value;
        if (truth is null || testIds.Count < 3 || !testIds.All(truth.ContainsKey))
        {
            return null;
        }

        return Metrics.Correlations.Srocc([.. testIds.Select(id => truth[id].Blind)], [.. testIds.Select(id => truth[id].Score)]);
    }

    private static IReadOnlyDictionary<string, (double Blind, double Score)>? ContentBlind(IReadOnlyList<(string Id, string Cell, double Score)>? truth)
    {
        if (truth is null)
        {
            return null;
        }

        var cellMean = truth.GroupBy(t => t.Cell).ToDictionary(g => g.Key, g => g.Average(t => t.Score), StringComparer.Ordinal);
        return truth.ToDictionary(t => t.Id, t => (cellMean[t.Cell], t.Score), StringComparer.Ordinal);
    }

    /// <summary>Every runner's manifests come through here, so the sabotage tests' leak-ignored fault acts in one place.</summary>
    protected SplitManifest Build(Dataset dataset, SplitPolicy policy, Leak leak, int splitSeed, ManifestOptions? options = null)
    {
        var (p, l) = Faults.Manifest(Context.Fault, policy, leak);
        return ManifestBuilder.Build(dataset, p, l, splitSeed, options);
    }

    /// <summary>
    /// Split k of a run with base seed s: the authors' five fixed seeds (42, 69, 322, 1337, 9000) for the default base
    /// seed 1, else seeds derived from (s, k); so the default run uses the published splits and another seed gives
    /// another, equally reproducible, five.
    /// </summary>
    public static int SplitSeed(int seed, int split) =>
        seed == 1 && split <= PaperSeeds.Five.Count ? PaperSeeds.Five[split - 1] : Seeding.Derive(seed, "split", split);

    /// <summary>
    /// The dataset and manifest a variant runs on for one split seed: its table row's dataset, policy and leak. A clean
    /// split is the authors' recorded one where the run asks for it and they recorded one (<see cref="CleanPolicy"/>);
    /// the leaky KADID-10k split (Case IV) is a random image permutation their files do not record, so it is always drawn
    /// from the seed.
    /// </summary>
    public (DatasetKind Kind, SplitManifest Manifest) Manifest(string variant, int splitSeed)
    {
        var v = Spec(variant);
        var store = Media(v.Dataset);
        var policy = v.Leak.HasFlag(Leak.CaseIV) ? v.Policy : CleanPolicy(v.Dataset, v.Policy);
        var options = v.Dataset == DatasetKind.Konvid1k ? VideoOptions(store) : null;
        return (v.Dataset, Build(store.Dataset, policy, v.Leak, splitSeed, options));
    }

    /// <summary>The table row of <paramref name="variant"/>.</summary>
    protected VariantSpec Spec(string variant) =>
        Table.FirstOrDefault(v => v.Id == variant) ?? throw UnknownVariant(variant);

    /// <summary>
    /// What one split of <paramref name="variant"/> asks of the host and the device, run on <paramref name="manifest"/>
    /// (upper bounds: epoch and step caps), for `replicate --plan`.
    /// </summary>
    public abstract IReadOnlyList<Planning.StageWork> Work(string variant, SplitManifest manifest);

    /// <summary>
    /// The CNN-SVR's work (Cases II and III): the frame classifier's fine-tuning and its test frames' predictions, then,
    /// with <paramref name="features"/>, every frame of the regressor's videos through the network.
    /// </summary>
    protected IReadOnlyList<Planning.StageWork> CnnSvrWork(CnnSvrConfig config, SplitManifest manifest, bool features)
    {
        var work = new List<Planning.StageWork>();
        var input = config.Features.Input;
        if (config.FineTune)
        {
            int train = manifest.Stage(Stages.FinetuneTrain).Count, val = manifest.Stage(Stages.FinetuneVal).Count;
            work.Add(config.FrozenTrunk is null
                ? Planning.StageWork.FineTune(config.Backbone, DatasetKind.Konvid1k, config.FineTuningRun(0, train), train, val)
                : Planning.StageWork.FrozenTrunkTuning(config.Backbone, DatasetKind.Konvid1k, input, config.FineTuning.BatchSize, train, val));
            work.Add(Planning.StageWork.Forward("test-frames", config.Backbone, DatasetKind.Konvid1k, input, config.FineTuning.BatchSize, Inputs(DatasetKind.Konvid1k, manifest.Stage(Stages.RegressorTest))));
        }

        if (features)
        {
            work.Add(Planning.StageWork.Forward("features", config.Backbone, DatasetKind.Konvid1k, input, config.Features.BatchSize, Inputs(DatasetKind.Konvid1k, RegressorItems(manifest))));
        }

        return work;
    }

    /// <summary>Items a stage feeds a network: frame ids one each, video ids every frame the profile reads.</summary>
    protected long Inputs(DatasetKind kind, IEnumerable<string> ids)
    {
        var media = Media(kind);
        return ids.Sum(id => FrameIds.IsFrame(id) || kind != DatasetKind.Konvid1k ? 1L : media.FrameCount(media.Item(id)));
    }

    /// <summary>The regressor's items: train, validation and test stages together, each once.</summary>
    protected static IReadOnlyList<string> RegressorItems(SplitManifest manifest) =>
        [.. new[] { Stages.RegressorTrain, Stages.RegressorVal, Stages.RegressorTest }.SelectMany(manifest.Stage).Distinct(StringComparer.Ordinal)];

    /// <summary>Runs the variant's pipeline on a prepared run.</summary>
    protected abstract PipelineOutcome Execute(string variant, PipelineRun run);

    public MediaStore Media(DatasetKind kind)
    {
        var root = Context.RootFor(kind);
        var frames = kind == DatasetKind.Konvid1k ? Profile.FramesFor(CaseId) : null;
        return Context.Media.GetOrAdd(kind, root, frames, () =>
        {
            // `--data DIR` holding LeakSpec's synthetic data is recognised by the loader (its truth file).
            var loaded = DatasetLoader.Load(kind, root, new LoadOptions(AllowSubset: Context.IsSynthetic));
            var dataset = Context.Fault == HarnessFault.PermutedLabels ? Faults.PermuteLabels(loaded) : loaded;
            var store = MediaStore.Exceeds(dataset, frames, Context.MediaBudgetBytes)
                ? new MediaStore(
                    dataset, frames, cacheBudgetBytes: Context.MediaBudgetBytes,
                    disk: new PixelStore(Context.PixelRoot ?? Path.Combine(Context.OutputDir, "pixels")), storedShorterSide: StoredShorterSide(kind))
                : new MediaStore(dataset, frames, cacheBudgetBytes: Context.MediaBudgetBytes);
            if (kind == DatasetKind.Konvid1k && Context.PrefetchVideos)
            {
                store.PrefetchVideos();
            }

            return store;
        });
    }

    /// <summary>
    /// The shorter side a dataset's pixels are stored at: every model that reads KoNViD-1k frames (the CNN-SVR's and the
    /// end-to-end network's) first resizes them to it, as DeepRN does KonIQ-10k's images, so storing them resized
    /// changes nothing they see. The image datasets of Cases I and IV are read at their own size.
    /// </summary>
    private int? StoredShorterSide(DatasetKind kind) => kind switch
    {
        DatasetKind.Konvid1k when Profile.CnnSvr.ResizeShorterTo == Profile.EndToEnd.ResizeShorterTo => Profile.CnnSvr.ResizeShorterTo,
        DatasetKind.Koniq10k => Profile.DeepRn.ResizeShorterTo,
        _ => null,
    };

    /// <summary>A variant's description from its table row and the backbone (and frozen trunk) it runs.</summary>
    protected VariantInfo Info(string variant, BackboneSpec backbone, FrozenTrunk? frozen = null)
    {
        var v = Spec(variant);
        return new(
            v.Claims,
            DatasetCatalog.Get(v.Dataset).DisplayName + (Context.IsSynthetic || SyntheticMarker.IsSynthetic(Context.RootFor(v.Dataset)) ? " (synthetic)" : string.Empty),
            Media(v.Dataset).Dataset.Fingerprint,
            backbone.DisplayName + (frozen is null ? string.Empty : $", trunk frozen, fc7-role FC-{frozen.Fc7Width} + head fine-tuned"))
        {
            WeightFiles = backbone.WeightsPath is { } w ? [w] : [],
        };
    }

    /// <summary>
    /// The clean split's policy for <paramref name="kind"/>: the authors' recorded split when the context asks for it
    /// and they recorded one for this dataset (KADID-10k, KoNViD-1k), else <paramref name="drawn"/>.
    /// </summary>
    protected SplitPolicy CleanPolicy(DatasetKind kind, SplitPolicy drawn) =>
        Context.AuthorsSplits && AuthorsSplits.Covers(kind) ? SplitPolicy.Authors : drawn;

    /// <summary>The manifest options for videos: fine-tuning frames are drawn from the frames the profile actually reads.</summary>
    protected ManifestOptions VideoOptions(MediaStore store) => ManifestOptions.Paper with { FrameCount = store.FrameCount };

    protected ArgumentException UnknownVariant(string variant) =>
        new($"Case {CaseId} has no variant '{variant}'; expected one of {string.Join(", ", Variants)}.", nameof(variant));

    private static FeatureCache Cache(ReplicationContext ctx) => new(Path.Combine(ctx.OutputDir, "features"));
}
