using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>Case II (Fig 4): the CNN-SVR frame classifier fine-tuned on a frame-level (leaky) or video-level (clean) split.</summary>
public sealed class Case2Runner(ReplicationContext context, ReplicationProfile profile) : CaseRunnerBase(context, profile)
{
    public const string FrameSplit = "frame-split";
    public const string VideoSplit = "video-split";

    public override string CaseId => "2";

    protected override IReadOnlyList<VariantSpec> Table { get; } =
    [
        new(FrameSplit, DatasetKind.Konvid1k, SplitPolicy.ByFrame, Leak.CaseII, "C2.1"),
        new(VideoSplit, DatasetKind.Konvid1k, SplitPolicy.ByVideo, Leak.None, "C2.2,C2.3"),
    ];

    protected override object Configuration => new { Profile.CnnSvr, Frames = Profile.FramesFor(CaseId) };

    public override VariantInfo Describe(string variant) => Info(variant, Profile.CnnSvr.Backbone, Profile.CnnSvr.FrozenTrunk);

    /// <remarks>
    /// The frame-level split validates at its own frequency, as the authors' <c>main_ft.m</c> configured its 'faulty' runs
    /// (<see cref="CnnSvrConfig.FrameSplitValidationsPerEpoch"/>); the pipeline still sees only the manifest.
    /// </remarks>
    public override IReadOnlyList<Planning.StageWork> Work(string variant, SplitManifest manifest) =>
        CnnSvrWork(Spec(variant).Leak.HasFlag(Leak.CaseII) ? Profile.CnnSvr.ForFrameSplit() : Profile.CnnSvr, manifest, features: false);

    protected override PipelineOutcome Execute(string variant, PipelineRun run) =>
        CnnSvrPipeline.RunClassifier(Spec(variant).Leak.HasFlag(Leak.CaseII) ? Profile.CnnSvr.ForFrameSplit() : Profile.CnnSvr, run);
}
