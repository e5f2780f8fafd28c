using LeakSpec.Training;
using static TorchSharp.torch;

namespace LeakSpec.Harness.Tests.Training;

[Trait("Category", "Fast")]
public sealed class TrainingLossTests
{
    [Fact]
    public void ClassBalancedCrossEntropy_WeighsEachSampleByItsClass()
    {
        // Given two classes split at 1.0, a training set with two items of class 0 and one of class 1 (weights 0.75, 1.5)
        var cfg = new TrainingConfig { Quantizer = new ScoreQuantizer("two", [1.0]), ClassBalanced = true };
        double[] scores = [0.5, 0.2, 1.5];
        using var loss = new TrainingLoss(cfg, scores, CPU);
        float[][] logits = [[2, 0], [0, 1], [0, 3]];
        using var scope = NewDisposeScope();
        var output = tensor(logits.SelectMany(r => r).ToArray(), [3, 2]);

        // When the training (weighted) and validation (plain) losses are computed
        var (weighted, correct) = loss.Compute(output, scores, weighted: true);
        var (plain, _) = loss.Compute(output, scores, weighted: false);

        // Then they are Σ w·ℓ / Σ w and the plain mean of ℓ = logsumexp − logit of the true class
        double Nll(float[] z, int y) => Math.Log(z.Sum(v => Math.Exp(v))) - z[y];
        var l = new[] { Nll(logits[0], 0), Nll(logits[1], 0), Nll(logits[2], 1) };
        weighted.item<float>().Should().BeApproximately((float)(((0.75 * l[0]) + (0.75 * l[1]) + (1.5 * l[2])) / 3.0), 1e-5f);
        plain.item<float>().Should().BeApproximately((float)l.Average(), 1e-5f);
        correct.Should().Be(2, "items 0 and 2 are argmax-correct, item 1 is not");
    }

    [Fact]
    public void RegressionLoss_IsMeanSquaredError()
    {
        using var loss = new TrainingLoss(new TrainingConfig { Head = HeadKind.Regression }, [1.0], CPU);
        using var scope = NewDisposeScope();
        var (mse, _) = loss.Compute(tensor(new float[] { 1, 3 }, [2, 1]), [2.0, 1.0], weighted: true);
        mse.item<float>().Should().BeApproximately(2.5f, 1e-6f);
    }
}
