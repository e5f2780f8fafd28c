using LeakSpec.Experiments.Pipelines;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case4_ReferenceGrouping;

/// <summary>
/// Rehearsal of <see cref="C4_ReferenceGrouping_Full"/>: its own code path (Inception-V3 from a random PyTorch state dict,
/// regression fine-tuning on 299 px crops, MultiGAP over every Inception module of whole 512×384 images, the SVR and the
/// logistic mapping, the fine-tuned network as its own predictor for C4.6, every claim's check) on synthetic KADID-10k
/// at its real resolution, under <see cref="RehearsalCaps"/>. The authors' splits refuse the synthetic references, so
/// the splits are drawn. Asserts completion and sound evidence, not the paper's numbers.
/// </summary>
[Trait("Category", "Rehearsal")]
public sealed class C4_ReferenceGrouping_Rehearsal
{
    [Fact]
    public void EveryFullTestOfCase4_RunsToTheEnd_WithAuditedManifestsAndResultsInTheSchema() =>
        Rehearsal.Case(C4_ReferenceGrouping_Full.Case, "4", authorsProbe: Case4Runner.NoFtGrouped);
}
