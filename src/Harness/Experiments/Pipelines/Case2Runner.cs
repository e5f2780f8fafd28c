using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>Case II (Fig 4): the CNN-SVR frame classifier fine-tuned on a frame-level (leaky) or video-level (clean) split.</summary>
public sealed class Case2Runner(ReplicationContext context, ReplicationProfile profile) : CaseRunnerBase(context, profile)
{
    public const string FrameSplit = "frame-split";
    public const string VideoSplit = "video-split";

    public override string CaseId => "2";

    public override IReadOnlyList<string> Variants { get; } = [FrameSplit, VideoSplit];

    protected override object Configuration => new { Profile.CnnSvr, Profile.Frames };

    public override VariantInfo Describe(string variant) => variant switch
    {
        FrameSplit => Info("C2.1", DatasetKind.Konvid1k, Profile.CnnSvr.Backbone, Profile.CnnSvr.FrozenTrunk),
        VideoSplit => Info("C2.2,C2.3", DatasetKind.Konvid1k, Profile.CnnSvr.Backbone, Profile.CnnSvr.FrozenTrunk),
        _ => throw UnknownVariant(variant),
    };

    public override (DatasetKind Kind, SplitManifest Manifest) Manifest(string variant, int splitSeed)
    {
        var store = Media(DatasetKind.Konvid1k);
        var leak = variant switch
        {
            FrameSplit => Leak.CaseII,
            VideoSplit => Leak.None,
            _ => throw UnknownVariant(variant),
        };
        var policy = CleanPolicy(DatasetKind.Konvid1k, leak.HasFlag(Leak.CaseII) ? SplitPolicy.ByFrame : SplitPolicy.ByVideo);
        return (DatasetKind.Konvid1k, Build(store.Dataset, policy, leak, splitSeed, VideoOptions(store)));
    }

    /// <remarks>
    /// The frame-level split validates at its own frequency, as the authors' <c>main_ft.m</c> configured its 'faulty' runs
    /// (<see cref="CnnSvrConfig.FrameSplitValidationsPerEpoch"/>); the pipeline still sees only the manifest.
    /// </remarks>
    protected override PipelineOutcome Execute(string variant, PipelineRun run) =>
        CnnSvrPipeline.RunClassifier(variant == FrameSplit ? Profile.CnnSvr.ForFrameSplit() : Profile.CnnSvr, run);
}
