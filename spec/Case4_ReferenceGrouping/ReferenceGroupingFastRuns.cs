using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case4_ReferenceGrouping;

/// <summary>The Case IV runs: MultiGAP features + SVR on tiny KADID-like data, split by image or by reference, without and with fine-tuning.</summary>
public sealed class ReferenceGroupingFastRuns() : CaseFastRuns((ctx, profile) => new Case4Runner(ctx, profile), [DatasetKind.Kadid10k]);
