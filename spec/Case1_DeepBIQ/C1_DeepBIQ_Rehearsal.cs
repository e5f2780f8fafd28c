using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case1_DeepBIQ;

/// <summary>
/// Rehearsal of <see cref="C1_DeepBIQ_Full"/>: its own code path (AlexNet at 227 px from a random PyTorch state dict,
/// fc7 features of random crops, the SVR, every claim's check) on synthetic LIVE-in-the-Wild and TID2013 at their real
/// resolutions, under <see cref="RehearsalCaps"/>. Asserts completion and sound evidence, not the paper's numbers.
/// </summary>
[Trait("Category", "Rehearsal")]
public sealed class C1_DeepBIQ_Rehearsal
{
    [Fact]
    public void EveryFullTestOfCase1_RunsToTheEnd_WithAuditedManifestsAndResultsInTheSchema() =>
        Rehearsal.Case(C1_DeepBIQ_Full.Case, "1");
}
