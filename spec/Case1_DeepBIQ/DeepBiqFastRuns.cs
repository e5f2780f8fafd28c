using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case1_DeepBIQ;

/// <summary>The Case I runs the Fast claims share: every variant on tiny synthetic LIVE- and TID-like data, per seed.</summary>
public sealed class DeepBiqFastRuns() : CaseFastRuns((ctx, profile) => new Case1Runner(ctx, profile), [DatasetKind.LiveC, DatasetKind.Tid2013]);
