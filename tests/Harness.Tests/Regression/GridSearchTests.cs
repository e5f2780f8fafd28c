using LeakSpec.Regression;

namespace LeakSpec.Harness.Tests.Regression;

[Trait("Category", "Fast")]
public sealed class GridSearchTests
{
    [Fact]
    public void Grid_scores_and_best_point_equal_scikit_learn_GridSearchCV_on_the_same_folds()
    {
        // Given the training data, scikit-learn's folds and grid (tolerance 1e-6 on both sides)
        var g = SvrGolden.Json.GetProperty("sklearn_grid");
        var foldOf = g.GetProperty("fold_of").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var settings = new SvrParameters(Tolerance: 1e-6);

        // When LeakSpec searches the grid on the precomputed kernel
        var r = SvrGridSearch.RunWithFolds(
            SvrGolden.Rows("x_train"), SvrGolden.Doubles("y_train"), SvrGolden.Doubles(g.GetProperty("gammas")),
            SvrGolden.Doubles(g.GetProperty("cs")), SvrGolden.Doubles(g.GetProperty("epsilons")), foldOf, 5, settings, null);

        // Then every mean R² (same C, ε, γ order as sklearn's cv_results_) and the best point agree
        var expected = SvrGolden.Doubles(g.GetProperty("mean_test_score"));
        r.Points.Select(p => p.MeanScore).Should().Equal(expected, (a, b) => Math.Abs(a - b) < 1e-6);
        var best = g.GetProperty("best");
        (r.BestC, r.BestEpsilon, r.BestGamma).Should().Be(
            (best.GetProperty("c").GetDouble(), best.GetProperty("epsilon").GetDouble(), best.GetProperty("gamma").GetDouble()));
    }

    [Fact]
    public void A_fold_score_equals_training_that_fold_from_scratch()
    {
        // Given a seeded 4-fold search over one point
        var x = SvrGolden.Rows("x_train");
        var y = SvrGolden.Doubles("y_train");
        var r = Svr.GridSearch(x, y, [0.25], [2.0], [0.0625], folds: 4, seed: 11);

        // When fold 2 is trained separately through the plain libsvm RBF path and scored by R²
        var train = Enumerable.Range(0, x.Length).Where(i => r.FoldOf[i] != 2).ToArray();
        var valid = Enumerable.Range(0, x.Length).Where(i => r.FoldOf[i] == 2).ToArray();
        using var model = Svr.Fit(train.Select(i => x[i]).ToArray(), train.Select(i => y[i]).ToArray(),
            new SvrParameters(C: 2, Epsilon: 0.0625, Gamma: 0.25, PrecomputeRbf: false));
        var pred = model.Predict(valid.Select(i => x[i]).ToArray());
        var mean = valid.Average(i => y[i]);
        var r2 = 1 - (valid.Select((i, k) => Math.Pow(y[i] - pred[k], 2)).Sum() / valid.Sum(i => Math.Pow(y[i] - mean, 2)));

        // Then the search's fold score is the same
        r.Points.Single().FoldScores[2].Should().BeApproximately(r2, 1e-6);
    }

    [Fact]
    public void Folds_are_balanced_seeded_and_seed_dependent()
    {
        // Given 103 items in 5 folds
        // When folds are drawn twice with seed 1 and once with seed 2
        var a = Svr.Folds(103, 5, 1);
        var b = Svr.Folds(103, 5, 1);
        var c = Svr.Folds(103, 5, 2);

        // Then sizes differ by at most one, the same seed repeats, another seed reshuffles
        a.GroupBy(f => f).Select(grp => grp.Count()).Should().OnlyContain(n => n == 20 || n == 21);
        a.Should().Equal(b);
        c.Should().NotEqual(a);
    }

    [Fact]
    public void A_single_fold_or_an_empty_grid_is_refused()
    {
        // Given valid data
        var x = SvrGolden.Rows("x_train");
        var y = SvrGolden.Doubles("y_train");

        // When asked for 1 fold, or no γ
        var oneFold = () => Svr.GridSearch(x, y, [0.1], [1], [0.1], folds: 1, seed: 0);
        var noGamma = () => Svr.GridSearch(x, y, [], [1], [0.1], folds: 5, seed: 0);

        // Then each is named
        oneFold.Should().Throw<SvrException>().WithMessage("folds is 1*");
        noGamma.Should().Throw<SvrException>().WithMessage("gammas must be*");
    }
}
