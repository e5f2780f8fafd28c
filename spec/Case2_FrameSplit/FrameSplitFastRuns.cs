using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case2_FrameSplit;

/// <summary>The Case II runs: the frame classifier fine-tuned on a frame-level and on a video-level split of tiny KoNViD-like videos.</summary>
public sealed class FrameSplitFastRuns() : CaseFastRuns((ctx, profile) => new Case2Runner(ctx, profile), [DatasetKind.Konvid1k]);
