using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case3_TaintedTest;

/// <summary>
/// Rehearsal of <see cref="C3_TaintedTest_Full"/>: its own code path (Inception-V3 at 338→299 px from a random PyTorch
/// state dict, fine-tuned or not, features of every frame pooled for the SVR, the LSTM on 2,048-d sequences, the
/// end-to-end network, every claim's check) on synthetic KoNViD-1k videos at 960×540, under <see cref="RehearsalCaps"/>.
/// The authors' splits refuse the synthetic videos, so the splits are drawn. Asserts completion and sound evidence, not
/// the paper's numbers.
/// </summary>
[Trait("Category", "Rehearsal")]
public sealed class C3_TaintedTest_Rehearsal
{
    [Fact]
    public void EveryFullTestOfCase3_RunsToTheEnd_WithAuditedManifestsAndResultsInTheSchema() =>
        Rehearsal.Case(C3_TaintedTest_Full.Case, "3", authorsProbe: "cnn-svr." + Case3Runner.Clean);
}
