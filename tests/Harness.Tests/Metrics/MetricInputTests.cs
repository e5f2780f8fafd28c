using LeakSpec.Metrics;

namespace LeakSpec.Harness.Tests.Metrics;

[Trait("Category", "Fast")]
public sealed class MetricInputTests
{
    [Fact]
    public void Mismatched_lengths_name_both_lengths()
    {
        // Given predictions and scores of different lengths
        // When metrics are computed
        var act = () => MetricSet.Compute([1, 2, 3], [1, 2]);

        // Then the error says what was expected
        act.Should().Throw<MetricException>().WithMessage("*3 values*actual has 2*equal lengths*");
    }

    [Fact]
    public void A_NaN_names_its_position()
    {
        // Given a NaN prediction at index 1
        // When metrics are computed
        var act = () => MetricSet.Compute([1, double.NaN, 3], [1, 2, 3]);

        // Then the error names predicted[1]
        act.Should().Throw<MetricException>().WithMessage("predicted[1]*finite*");
    }

    [Fact]
    public void One_item_is_refused()
    {
        // Given a single item
        // When metrics are computed
        var act = () => MetricSet.Compute([1], [1]);

        // Then the error asks for at least two items
        act.Should().Throw<MetricException>().WithMessage("*at least 2 items*");
    }

    [Fact]
    public void Constant_predictions_with_a_logistic_fit_give_NaN_correlations_and_the_raw_RMSE()
    {
        // Given constant predictions
        double[] x = [2, 2, 2, 2, 2, 2];
        double[] y = [1, 2, 3, 4, 5, 6];

        // When metrics are computed with a 4-parameter fit
        var m = MetricSet.Compute(x, y, LogisticFit.FourParameter);

        // Then no curve is fitted: correlations are NaN and the RMSE is that of the raw predictions
        m.Plcc.Should().Be(double.NaN);
        m.Srocc.Should().Be(double.NaN);
        m.Rmse.Should().BeApproximately(Math.Sqrt((1 + 0 + 1 + 4 + 9 + 16) / 6.0), 1e-12);
    }

    [Fact]
    public void A_five_parameter_fit_on_four_items_is_refused()
    {
        // Given four items
        // When a 5-parameter fit is requested
        var act = () => LogisticMapping.Fit([1, 2, 3, 4], [1, 3, 2, 4], LogisticFit.FiveParameter);

        // Then the error says how many items are needed
        act.Should().Throw<MetricException>().WithMessage("*at least 5 items, got 4*");
    }

    [Fact]
    public void A_logistic_fit_improves_rmse_of_a_sigmoid_relation()
    {
        // Given scores that are an exact 4-parameter logistic of the predictions
        var x = Enumerable.Range(0, 30).Select(i => i / 3.0).ToArray();
        var y = x.Select(v => LogisticMapping.Eval(LogisticFit.FourParameter, [5, 1, 4.5, 1.2], v)).ToArray();

        // When the curve is fitted
        var m = MetricSet.Compute(x, y, LogisticFit.FourParameter);

        // Then it recovers the relation: PLCC 1 and RMSE 0
        m.Plcc.Should().BeApproximately(1, 1e-9);
        m.Rmse.Should().BeLessThan(1e-6);
    }
}
