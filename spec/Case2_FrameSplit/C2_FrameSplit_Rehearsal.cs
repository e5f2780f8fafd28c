using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case2_FrameSplit;

/// <summary>
/// Rehearsal of <see cref="C2_FrameSplit_Full"/>: its own code path (Inception-V3 at 338→299 px from a random PyTorch
/// state dict, the frame classifier under the authors' validation and stopping rule, the peak test accuracy, every
/// claim's check) on synthetic KoNViD-1k videos at 960×540, under <see cref="RehearsalCaps"/>. The authors' splits refuse
/// the synthetic videos, so the splits are drawn. Asserts completion and sound evidence, not the paper's numbers.
/// </summary>
[Trait("Category", "Rehearsal")]
public sealed class C2_FrameSplit_Rehearsal
{
    [Fact]
    public void EveryFullTestOfCase2_RunsToTheEnd_WithAuditedManifestsAndResultsInTheSchema() =>
        Rehearsal.Case(C2_FrameSplit_Full.Case, "2", authorsProbe: Case2Runner.VideoSplit, classifierOnly: true);
}
