using LeakSpec.Experiments.Pipelines;
using LeakSpec.Training;

namespace LeakSpec.Harness.Tests.Experiments;

[Trait("Category", "Fast")]
public sealed class StageworkCurveTests
{
    // Three epochs of 1,000 samples, checkpointed once per epoch (DeepRN's stage 1: no validation set).
    private static readonly TrainingHistory History = new(
    [
        new TrainingPoint(1000, 1, 1.5, 0.3, null, null, 0.01),
        new TrainingPoint(2000, 2, 1.1, 0.5, null, null, 0.01),
        new TrainingPoint(3000, 3, 0.9, 0.6, 1.2, 0.4, 0.001),
    ]);

    [Fact]
    public void ByEpoch_PutsEveryPointAtItsEpoch_NotAtTheSamplesSeen()
    {
        // When DeepRN's stage-1 history becomes curve points by epoch
        var curve = Stagework.Curve(History, "stage1.", byEpoch: true).ToArray();

        // Then x is 1, 2, 3 (the axis of the saved models), every series prefixed, the values unchanged
        curve.Where(p => p.Series == "stage1.train.loss").Select(p => (p.Step, p.Value)).Should().Equal((1, 1.5), (2, 1.1), (3, 0.9));
        curve.Where(p => p.Series == "stage1.train.acc").Select(p => p.Step).Should().Equal(1, 2, 3);
        curve.Single(p => p.Series == "stage1.val.acc").Step.Should().Be(3);
        curve.Select(p => p.Step).Should().OnlyContain(x => x >= 1 && x <= 3);
    }

    [Fact]
    public void ByDefault_TheXIsTheSamplesSeen_AsFig4Draws_AndValidationOnlyWhereItRan()
    {
        // When the history becomes curve points by default (Cases I–IV)
        var curve = Stagework.Curve(History).ToArray();

        // Then x is the samples seen, and validation appears only at the checkpoint that validated
        curve.Where(p => p.Series == "train.loss").Select(p => p.Step).Should().Equal(1000, 2000, 3000);
        curve.Where(p => p.Series.StartsWith("val.", StringComparison.Ordinal)).Select(p => (p.Step, p.Series)).Should().Equal((3000, "val.loss"), (3000, "val.acc"));
    }
}
