using LeakSpec.Regression;

namespace LeakSpec.Harness.Tests.Regression;

[Trait("Category", "Fast")]
public sealed class SvrInputTests
{
    private static readonly double[][] X = [[0, 1], [1, 0], [2, 2], [3, 1], [1, 3]];
    private static readonly double[] Y = [1, 2, 3, 4, 5];

    public static TheoryData<string, double[][], string> BadFeatures() => new()
    {
        { "NaN", [[0, 1], [1, double.NaN], [2, 2]], "x[1][1] is NaN*finite*" },
        { "infinity", [[0, 1], [1, 0], [double.PositiveInfinity, 2]], "x[2][0] is Infinity*finite*" },
        { "ragged", [[0, 1], [1, 0, 5], [2, 2]], "x[1] has 3 features; expected 2*ragged*" },
    };

    [Theory]
    [MemberData(nameof(BadFeatures))]
    public void Bad_features_are_refused_with_their_position(string what, double[][] x, string message)
    {
        // Given training features with a bad value or row
        // When an SVR is fitted (libsvm path, fast path and MATLAB defaults)
        var libsvm = () => Svr.Fit(x, [1, 2, 3], new SvrParameters(PrecomputeRbf: false));
        var fast = () => Svr.Fit(x, [1, 2, 3], new SvrParameters());
        var matlab = () => Svr.FitMatlabDefaults(x, [1, 2, 3], new MatlabSvrOptions());

        // Then each names the row and column
        libsvm.Should().Throw<SvrException>(what).WithMessage(message);
        fast.Should().Throw<SvrException>(what).WithMessage(message);
        matlab.Should().Throw<SvrException>(what).WithMessage(message);
    }

    [Fact]
    public void A_single_training_item_is_refused()
    {
        // Given one item
        // When an SVR is fitted
        var act = () => Svr.FitMatlabDefaults([[1.0, 2.0]], [3.0], new MatlabSvrOptions());

        // Then the error asks for two
        act.Should().Throw<SvrException>().WithMessage("*at least 2 training items, got 1*");
    }

    [Fact]
    public void A_NaN_target_and_a_length_mismatch_are_refused()
    {
        // Given a NaN target, then one target too few
        var nan = () => Svr.Fit(X, [1, 2, double.NaN, 4, 5], new SvrParameters());
        var shortY = () => Svr.Fit(X, [1, 2, 3, 4], new SvrParameters());

        // Then both are named
        nan.Should().Throw<SvrException>().WithMessage("y[2] is NaN*");
        shortY.Should().Throw<SvrException>().WithMessage("x has 5 rows but y has 4*");
    }

    [Fact]
    public void Predicting_rows_of_another_width_is_refused()
    {
        // Given a model on 2 features
        using var model = Svr.Fit(X, Y, new SvrParameters());

        // When rows of 3 features are predicted
        var act = () => model.Predict([[1, 2, 3]]);

        // Then the width is named
        act.Should().Throw<SvrException>().WithMessage("x[0] has 3 features; expected 2*");
    }

    [Fact]
    public void All_equal_targets_give_that_constant_everywhere()
    {
        // Given every target equal (iqr 0: MATLAB's documented fallbacks ε = 0.1, C = 1 apply)
        double[] y = [2.5, 2.5, 2.5, 2.5, 2.5];

        // When fitted with MATLAB defaults and with libsvm defaults
        using var matlab = Svr.FitMatlabDefaults(X, y, new MatlabSvrOptions());
        using var libsvm = Svr.Fit(X, y, new SvrParameters(PrecomputeRbf: false));

        // Then both predict the constant for any input
        double[][] probe = [[0, 0], [10, -3], [1, 3]];
        matlab.Predict(probe).Should().AllSatisfy(p => p.Should().BeApproximately(2.5, 1e-12));
        libsvm.Predict(probe).Should().AllSatisfy(p => p.Should().BeApproximately(2.5, 1e-12));
    }

    [Fact]
    public void A_zero_variance_feature_is_centred_not_scaled_and_changes_nothing()
    {
        // Given the training features plus one constant column
        var withConstant = X.Select(r => r.Append(7.3).ToArray()).ToArray();

        // When both are fitted with standardisation and a fixed kernel scale
        var o = new MatlabSvrOptions(KernelScale: 1.5);
        using var plain = Svr.FitMatlabDefaults(X, Y, o);
        using var padded = Svr.FitMatlabDefaults(withConstant, Y, o);

        // Then the constant column contributes nothing (no NaN from dividing by a zero deviation)
        double[][] probe = [[0.5, 0.5], [2, 1]];
        var expected = plain.Predict(probe);
        padded.Predict(probe.Select(r => r.Append(7.3).ToArray()).ToArray()).Should().Equal(
            expected, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void A_disposed_model_refuses_to_predict_and_disposing_twice_is_harmless()
    {
        // Given two disposed models (libsvm path and fast path)
        var libsvm = Svr.Fit(X, Y, new SvrParameters(PrecomputeRbf: false));
        var fast = Svr.Fit(X, Y, new SvrParameters());
        libsvm.Dispose();
        fast.Dispose();

        // When they are disposed again and asked to predict
        libsvm.Dispose();
        var act1 = () => libsvm.Predict(X);
        var act2 = () => fast.Predict(X);

        // Then prediction fails clearly
        act1.Should().Throw<ObjectDisposedException>();
        act2.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Libsvm_rejects_a_negative_box_constraint_with_its_own_message()
    {
        // Given C < 0
        // When fitted
        var act = () => Svr.Fit(X, Y, new SvrParameters(C: -1, PrecomputeRbf: false));

        // Then libsvm's svm_check_parameter message is passed on
        act.Should().Throw<SvrException>().WithMessage("libsvm rejected the parameters: C <= 0*");
    }
}
