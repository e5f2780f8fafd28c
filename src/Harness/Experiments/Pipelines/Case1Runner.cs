using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>Case I (Table 1): DeepBIQ on LIVE-in-the-Wild (random split) and TID2013 (split by reference), clean and leaky.</summary>
public sealed class Case1Runner(ReplicationContext context, ReplicationProfile profile) : CaseRunnerBase(context, profile)
{
    public const string LiveClean = "livec.clean";
    public const string LiveLeaky = "livec.leaky";
    public const string TidClean = "tid2013.clean";
    public const string TidLeaky = "tid2013.leaky";

    public override string CaseId => "1";

    protected override IReadOnlyList<VariantSpec> Table { get; } =
    [
        new(LiveClean, DatasetKind.LiveC, SplitPolicy.Random, Leak.None, "C1.1,C1.5,C1.7"),
        new(LiveLeaky, DatasetKind.LiveC, SplitPolicy.Random, Leak.CaseI, "C1.2,C1.6,C1.7"),
        new(TidClean, DatasetKind.Tid2013, SplitPolicy.ByReference, Leak.None, "C1.3,C1.7"),
        new(TidLeaky, DatasetKind.Tid2013, SplitPolicy.ByReference, Leak.CaseI, "C1.4,C1.7"),
    ];

    protected override object Configuration => Profile.DeepBiq;

    public override VariantInfo Describe(string variant) => Info(variant, Profile.DeepBiq.Backbone, Profile.DeepBiq.FrozenTrunk);

    public override IReadOnlyList<Planning.StageWork> Work(string variant, SplitManifest manifest)
    {
        var c = Profile.DeepBiq;
        var kind = Spec(variant).Dataset;
        int train = manifest.Stage(Stages.FinetuneTrain).Count, val = manifest.Stage(Stages.FinetuneVal).Count;
        var features = c.Features(0);
        var training = c.FineTuningRun(0, 1, val > 0, 0);
        return
        [
            c.FrozenTrunk is null
                ? Planning.StageWork.FineTune(c.Backbone, kind, training, train, val)
                : Planning.StageWork.FrozenTrunkTuning(c.Backbone, kind, Training.InputConfig.CentreView(c.ResizeShorterTo, c.CropSize), training.BatchSize, train, val),
            Planning.StageWork.Forward("features", c.Backbone, kind, features.Input, features.BatchSize, RegressorItems(manifest).Count, features.RandomCrops),
        ];
    }

    protected override PipelineOutcome Execute(string variant, PipelineRun run) => DeepBiqPipeline.Run(Profile.DeepBiq, run);
}
