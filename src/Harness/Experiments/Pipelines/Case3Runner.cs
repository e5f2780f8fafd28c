using System.Collections.Concurrent;
using LeakSpec.Datasets;
using LeakSpec.IO;
using LeakSpec.Metrics;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>
/// Case III (Table 2): CNN-SVR and CNN-LSTM with fine-tuning clean or leaky (Case II) and the regressor's test set
/// independent or tainted (drawn anew from all videos), plus no fine-tuning and the end-to-end network.
/// </summary>
public sealed class Case3Runner(ReplicationContext context, ReplicationProfile profile) : CaseRunnerBase(context, profile)
{
    public const string NoFineTune = "no-ft";
    public const string LeakyTainted = "leaky+tainted";
    public const string CleanTainted = "clean+tainted";
    public const string LeakyIndependent = "leaky+independent";
    public const string Clean = "clean";
    public const string EndToEnd = "end-to-end";

    private const string Svr = "cnn-svr.";
    private const string Lstm = "cnn-lstm.";

    // CNN-LSTM reuses the features of the CNN-SVR run of the same split, so both regressors see the same fine-tuning.
    private readonly ConcurrentDictionary<CacheKey, (PipelineOutcome Svr, MetricSet Lstm)> runs = new();

    public override string CaseId => "3";

    // Fine-tuning leaky is Case II (frames of one video in its train and validation); a tainted test is Case III.
    protected override IReadOnlyList<VariantSpec> Table { get; } =
    [
        new(Svr + NoFineTune, DatasetKind.Konvid1k, SplitPolicy.ByVideo, Leak.None, "C3.1") { FineTune = false },
        new(Svr + LeakyTainted, DatasetKind.Konvid1k, SplitPolicy.ByFrame, Leak.CaseII | Leak.CaseIII, "C3.2"),
        new(Svr + CleanTainted, DatasetKind.Konvid1k, SplitPolicy.ByVideo, Leak.CaseIII, "C3.3"),
        new(Svr + LeakyIndependent, DatasetKind.Konvid1k, SplitPolicy.ByFrame, Leak.CaseII, "C3.4"),
        new(Svr + Clean, DatasetKind.Konvid1k, SplitPolicy.ByVideo, Leak.None, "C3.5"),
        new(Lstm + NoFineTune, DatasetKind.Konvid1k, SplitPolicy.ByVideo, Leak.None, "C3.6") { FineTune = false },
        new(Lstm + LeakyTainted, DatasetKind.Konvid1k, SplitPolicy.ByFrame, Leak.CaseII | Leak.CaseIII, "C3.7"),
        new(Lstm + CleanTainted, DatasetKind.Konvid1k, SplitPolicy.ByVideo, Leak.CaseIII, "C3.8"),
        new(Lstm + LeakyIndependent, DatasetKind.Konvid1k, SplitPolicy.ByFrame, Leak.CaseII, "C3.9"),
        new(Lstm + Clean, DatasetKind.Konvid1k, SplitPolicy.ByVideo, Leak.None, "C3.10"),
        new(EndToEnd, DatasetKind.Konvid1k, SplitPolicy.ByVideo, Leak.None, "C3.11"),
    ];

    protected override object Configuration => new { Profile.CnnSvr, Profile.EndToEnd, Profile.Frames };

    public override VariantInfo Describe(string variant) =>
        variant == EndToEnd
            ? Info(variant, Profile.EndToEnd.Backbone, Profile.EndToEnd.FrozenTrunk)
            : Info(variant, Profile.CnnSvr.Backbone, Spec(variant).FineTune ? Profile.CnnSvr.FrozenTrunk : null);

    /// <remarks>The CNN-LSTM rows reuse the CNN-SVR rows' networks and features (the memo above): no network work of their own.</remarks>
    public override IReadOnlyList<Planning.StageWork> Work(string variant, SplitManifest manifest)
    {
        if (variant == EndToEnd)
        {
            var e = Profile.EndToEnd;
            var training = e.FineTuningRun(0);
            var train = manifest.Stage(Stages.FinetuneTrain).Count;
            return
            [
                e.FrozenTrunk is null
                    ? Planning.StageWork.FineTune(e.Backbone, DatasetKind.Konvid1k, training, train, manifest.Stage(Stages.FinetuneVal).Count)
                    : Planning.StageWork.FrozenTrunkTuning(e.Backbone, DatasetKind.Konvid1k, training.Input, training.BatchSize, train, manifest.Stage(Stages.FinetuneVal).Count),
                Planning.StageWork.Forward("test-frames", e.Backbone, DatasetKind.Konvid1k, training.Input, training.BatchSize, Inputs(DatasetKind.Konvid1k, manifest.Stage(Stages.RegressorTest))),
            ];
        }

        var v = Spec(variant);
        if (variant.StartsWith(Lstm, StringComparison.Ordinal))
        {
            return [];
        }

        var config = (v.Leak.HasFlag(Leak.CaseII) ? Profile.CnnSvr.ForFrameSplit() : Profile.CnnSvr) with { FineTune = v.FineTune };
        return CnnSvrWork(config, manifest, features: true);
    }

    protected override PipelineOutcome Execute(string variant, PipelineRun run)
    {
        if (variant == EndToEnd)
        {
            return EndToEndPipeline.Run(Profile.EndToEnd, run);
        }

        var v = Spec(variant);
        var (svr, lstm) = runs.GetOrAdd(new CacheKey(("fine-tune", v.FineTune), ("leak", v.Leak), ("seed", run.Seed)), _ =>
        {
            // A leaky (frame-level) fine-tuning validates at its own frequency, as main_ft.m's 'faulty' runs.
            var config = (v.Leak.HasFlag(Leak.CaseII) ? Profile.CnnSvr.ForFrameSplit() : Profile.CnnSvr) with { FineTune = v.FineTune };
            var (s, l) = CnnSvrPipeline.RunRegressors(config, run, lstm: true);
            return (s, l!);
        });
        return variant.StartsWith(Lstm, StringComparison.Ordinal) ? svr with { Test = lstm } : svr;
    }
}
