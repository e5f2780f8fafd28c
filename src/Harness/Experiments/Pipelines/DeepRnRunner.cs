using LeakSpec.Datasets;
using LeakSpec.Splitting;

namespace LeakSpec.Experiments.Pipelines;

/// <summary>DeepRN (Fig 8): stage 1 on all of KonIQ-10k (Case I), stage 2 on the official split at every saved model.</summary>
public sealed class DeepRnRunner(ReplicationContext context, ReplicationProfile profile) : CaseRunnerBase(context, profile)
{
    public const string Leaky = "leaky";

    /// <summary>The clean control: stage 1 on the official training split only, through the same pipeline.</summary>
    public const string Clean = "clean";

    public override string CaseId => "deeprn";

    protected override IReadOnlyList<VariantSpec> Table { get; } =
    [
        new(Leaky, DatasetKind.Koniq10k, SplitPolicy.Official, Leak.CaseI, "D.1,D.2,D.3"),
        new(Clean, DatasetKind.Koniq10k, SplitPolicy.Official, Leak.None, "D.1,D.2,D.3"),
    ];

    protected override object Configuration => Profile.DeepRn;

    /// <summary>The paper's one training (<see cref="DeepRnConfig.Trainings"/>), or one per split where the profile leaves it unset.</summary>
    public override int SplitsFor(int requested) => Profile.DeepRn.Trainings is { } n ? Math.Min(n, requested) : requested;

    public override VariantInfo Describe(string variant) => Info(variant, Profile.DeepRn.Backbone);

    /// <remarks>Stage 2 runs on every saved model: the stage-1 set's predictions and the regressor's features, once per snapshot.</remarks>
    public override IReadOnlyList<Planning.StageWork> Work(string variant, SplitManifest manifest)
    {
        var c = Profile.DeepRn;
        var train = manifest.Stage(Stages.FinetuneTrain).Count;
        var stage1 = c.Stage1(0, "plan");
        var snapshots = stage1.SnapshotEveryEpochs is { } every ? stage1.Epochs / every : 1;
        var perSnapshot = train + RegressorItems(manifest).Count;
        return
        [
            Planning.StageWork.FineTune(c.Backbone, DatasetKind.Koniq10k, stage1, train, 0) with { Snapshots = snapshots },
            Planning.StageWork.Forward("stage 2", c.Backbone, DatasetKind.Koniq10k, c.Input, stage1.BatchSize, (long)snapshots * perSnapshot),
        ];
    }

    protected override PipelineOutcome Execute(string variant, PipelineRun run) => DeepRnPipeline.Run(Profile.DeepRn, run);
}
