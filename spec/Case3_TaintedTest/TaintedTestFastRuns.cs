using LeakSpec.Datasets;
using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case3_TaintedTest;

/// <summary>The Case III runs: CNN-SVR and CNN-LSTM under every combination of fine-tuning leak and tainted test, plus end-to-end.</summary>
public sealed class TaintedTestFastRuns() : CaseFastRuns((ctx, profile) => new Case3Runner(ctx, profile), [DatasetKind.Konvid1k]);
