using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.DeepRN;

/// <summary>
/// Rehearsal of <see cref="D_DeepRN_Full"/>: its own code path (ResNet-101 from a random PyTorch state dict on images
/// resized to a shorter side of 384, stage 1 with saved models, spatial pyramid pooling and the distribution head on each,
/// the clean control, every claim's check) on synthetic KonIQ-10k at 512×384 with its official split, under
/// <see cref="RehearsalCaps"/>. Asserts completion and sound evidence, not the paper's numbers.
/// </summary>
[Trait("Category", "Rehearsal")]
public sealed class D_DeepRN_Rehearsal
{
    [Fact]
    public void EveryFullTestOfDeepRN_RunsToTheEnd_WithAuditedManifestsAndResultsInTheSchema() =>
        Rehearsal.Case(D_DeepRN_Full.Case, "deeprn");
}
