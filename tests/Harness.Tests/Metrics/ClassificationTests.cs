using LeakSpec.Metrics;

namespace LeakSpec.Harness.Tests.Metrics;

[Trait("Category", "Fast")]
public sealed class ClassificationTests
{
    [Fact]
    public void Accuracy_counts_exact_matches()
    {
        // Given 3 of 4 predictions right
        // When accuracy is computed
        var a = Classification.Accuracy(["a", "b", "c", "c"], ["a", "b", "c", "a"]);

        // Then it is 0.75
        a.Should().Be(0.75);
    }

    [Fact]
    public void Dominant_class_baseline_uses_the_training_majority_when_given()
    {
        // Given a training set dominated by class 1 and a test set dominated by class 0
        int[] training = [1, 1, 1, 0];
        int[] test = [0, 0, 0, 1, 2];

        // When the baseline is computed with and without the training labels
        var honest = Classification.DominantClassBaseline(test, training);
        var own = Classification.DominantClassBaseline(test);

        // Then always predicting 1 scores 1/5; always predicting the test majority 0 scores 3/5
        honest.Should().Be(0.2);
        own.Should().Be(0.6);
    }

    [Fact]
    public void Empty_labels_are_refused()
    {
        // Given no labels
        // When the baseline is asked for
        var act = () => Classification.DominantClassBaseline(Array.Empty<int>());

        // Then a clear error
        act.Should().Throw<MetricException>().WithMessage("*at least one label*");
    }

    [Fact]
    public void ClassShares_CountEachClass_IncludingTheEmptyOnes()
    {
        // Given eight labels of five classes, class 3 absent
        int[] labels = [2, 2, 2, 2, 0, 1, 1, 4];

        // When their shares are computed
        var shares = Classification.ClassShares(labels, 5);

        // Then each class's count / 8, summing to one
        shares.Should().Equal(0.125, 0.25, 0.5, 0, 0.125);
    }

    [Fact]
    public void ClassShares_RefuseALabelOutsideTheClasses()
    {
        // When a label is not one of the classes
        var act = () => Classification.ClassShares([0, 5], 5);

        // Then the error names the label and the range
        act.Should().Throw<MetricException>().WithMessage("*label 5 outside the classes 0..4*");
    }
}
