using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.DeepRN;

/// <summary>The DeepRN runs: stage 1 on all of a tiny KonIQ-like dataset, stage 2 on its official split at every saved model.</summary>
public sealed class DeepRnFastRuns() : CaseFastRuns((ctx, profile) => new DeepRnRunner(ctx, profile), [DatasetKind.Koniq10k]);
