using LeakSpec.Datasets;
using LeakSpec.Spec.Shared;

namespace LeakSpec.Spec.Case4_ReferenceGrouping;

/// <summary>
/// Rehearsal of <see cref="G_General_Full"/>: the same G.1 and G.2 code (load, five clean splits, audit, a named leak,
/// groups on one side) on each synthetic dataset in its real layout, and G.3's loading and SVR fit at the synthetic
/// KonIQ-10k's training-set size (too small to show super-linear growth, so only that the fit runs is asserted).
/// </summary>
[Trait("Category", "Rehearsal")]
public sealed class G_General_Rehearsal(RehearsalWorkspace workspace) : IClassFixture<RehearsalWorkspace>
{
    public static TheoryData<DatasetKind> Kinds => new(Enum.GetValues<DatasetKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void G1_CleanSplitsShareNothingWithFineTuning_AndLeaksAreNamed(DatasetKind kind) =>
        G_General_Full.CleanSplitsShareNothing_AndLeaksAreNamed(kind, workspace.WriteDataset(kind));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void G2_GroupedSplitKeepsEveryGroupOnOneSide(DatasetKind kind) =>
        G_General_Full.GroupedSplitKeepsEveryGroupOnOneSide(kind, workspace.WriteDataset(kind));

    [Fact]
    public void G3_SvrFitsAtTheTrainingSetSizeOfKoniq()
    {
        var n = G_General_Full.OfficialTrainingCount(workspace.WriteDataset(DatasetKind.Koniq10k));
        n.Should().BeGreaterThan(1);
        double.IsFinite(G_General_Full.SvrFitSeconds(n)).Should().BeTrue();
    }
}
