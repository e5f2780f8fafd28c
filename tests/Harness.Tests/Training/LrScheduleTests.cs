using LeakSpec.Models;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Training;

[Trait("Category", "Fast")]
[Collection(TorchCollection.Name)]
public sealed class LrScheduleTests
{
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(49, 1.0)]
    [InlineData(50, 0.1)]
    [InlineData(99, 0.1)]
    [InlineData(100, 0.01)]
    public void StepDecay_DividesByTenEveryFiftyEpochs(int epoch, double factor) =>
        LrSchedule.StepDecay(50).Factor(epoch).Should().BeApproximately(factor, 1e-15);

    [Fact]
    public void PerEpoch_MultipliesByGammaEachEpoch()
    {
        var s = LrSchedule.PerEpoch(0.75);
        Enumerable.Range(0, 4).Select(s.Factor).Should().Equal(1.0, 0.75, 0.5625, 0.421875);
        LrSchedule.Constant.Factor(123).Should().Be(1.0);
    }

    [Fact]
    public void SetLearningRate_HeadGroupGetsItsFactorOnTopOfTheSchedule()
    {
        // Given the end-to-end preset (head ×10, ×0.75 per epoch) and a real optimiser over a backbone and head
        var cfg = new LeakSpec.Experiments.Pipelines.EndToEndConfig().FineTuningRun(seed: 1);
        using var backbone = new SmallCnn(seed: 1, widths: [4, 4, 4]);
        using var head = TrainingHeads.Create(HeadKind.EndToEnd, backbone.FeatureDim, 1);
        using var optimizer = FineTuner.CreateOptimizer(cfg, backbone.Module, head);

        // When the rates for epoch 3 are set
        var lr = FineTuner.SetLearningRate(optimizer, cfg, epoch: 3);

        // Then the backbone group runs at base × 0.75³ and the head group at ten times that
        var groups = optimizer.ParamGroups.ToArray();
        lr.Should().BeApproximately(1e-4 * 0.421875, 1e-18);
        groups[0].LearningRate.Should().BeApproximately(1e-4 * 0.421875, 1e-18);
        groups[1].LearningRate.Should().BeApproximately(1e-3 * 0.421875, 1e-17);
    }
}
