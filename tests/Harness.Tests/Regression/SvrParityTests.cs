using LeakSpec.Regression;

namespace LeakSpec.Harness.Tests.Regression;

[Trait("Category", "Fast")]
public sealed class SvrParityTests
{
    public static TheoryData<string> AllCases() => new(SvrGolden.CaseNames());

    public static TheoryData<string> RbfCases() =>
        new(SvrGolden.CaseNames(c => c.GetProperty("kernel").GetString() == "Rbf"));

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Libsvm_path_equals_svm_train_and_svm_predict(string name)
    {
        // Given data and parameters that svm-train/svm-predict were run with
        var c = SvrGolden.Case(name);
        var (xTrain, xTest) = Inputs(c);

        // When LeakSpec trains through libsvm.so.3 with the same kernel (no precomputation)
        using var model = Svr.Fit(xTrain, SvrGolden.Doubles("y_train"), SvrGolden.Parameters(c, precomputeRbf: false));

        // Then the predictions and the number of support vectors are svm-predict's
        SvrGolden.ShouldMatch(model.Predict(xTest), SvrGolden.Doubles(c.GetProperty("predictions")), 1e-6);
        SvrGolden.SupportVectors(model).Should().Be(c.GetProperty("total_sv").GetInt32());
    }

    [Theory]
    [MemberData(nameof(RbfCases))]
    public void Fast_precomputed_rbf_path_equals_svm_train_rbf(string name)
    {
        // Given an RBF case of svm-train
        var c = SvrGolden.Case(name);
        var (xTrain, xTest) = Inputs(c);

        // When LeakSpec trains on the kernel it computed from one matrix product (MathNet's BLAS here; Torch below)
        using var model = Svr.Fit(xTrain, SvrGolden.Doubles("y_train"), SvrGolden.Parameters(c, precomputeRbf: true), GramBackend.MathNet);

        // Then it predicts as svm-predict does with the same number of support vectors
        SvrGolden.ShouldMatch(model.Predict(xTest), SvrGolden.Doubles(c.GetProperty("predictions")), 1e-6);
        SvrGolden.SupportVectors(model).Should().Be(c.GetProperty("total_sv").GetInt32());
    }

    [Fact]
    public void Fast_path_with_torch_mm_equals_svm_train_rbf()
    {
        // Given libtorch loads in this process (it needs the Runtime native fix on libstdc++ 12)
        if (KernelMatrix.TorchUnavailableReason is { } reason)
        {
            Assert.Skip("TorchSharp cannot load here: " + reason + " (LeakSpec.Runtime.TorchRuntime prepares it)");
        }

        var c = SvrGolden.Case("rbf");
        var (xTrain, xTest) = Inputs(c);

        // When the fast path computes its kernel with torch.mm (float64, CPU)
        using var model = Svr.Fit(xTrain, SvrGolden.Doubles("y_train"), SvrGolden.Parameters(c, precomputeRbf: true), GramBackend.Torch);

        // Then it predicts as svm-predict does
        SvrGolden.ShouldMatch(model.Predict(xTest), SvrGolden.Doubles(c.GetProperty("predictions")), 1e-6);
        SvrGolden.SupportVectors(model).Should().Be(c.GetProperty("total_sv").GetInt32());
    }

    [Fact]
    public void Precomputed_and_rbf_goldens_agree_so_the_fast_path_is_the_rbf_model()
    {
        // Given svm-train's RBF model and its model on the same kernel precomputed by numpy (same γ, C, ε, tolerance)
        var rbf = SvrGolden.Doubles(SvrGolden.Case("rbf").GetProperty("predictions"));
        var pre = SvrGolden.Doubles(SvrGolden.Case("precomputed").GetProperty("predictions"));

        // When/Then libsvm itself gives the same predictions both ways
        SvrGolden.ShouldMatch(pre, rbf, 1e-6);
    }

    [Fact]
    public void Fast_path_spanning_several_kernel_blocks_equals_libsvm_rbf()
    {
        // Given 600 training items: three 256-row kernel blocks, so the mirrored writes cross block borders
        var rng = new Random(17);
        var x = Enumerable.Range(0, 600).Select(_ => Enumerable.Range(0, 5).Select(_ => Math.Round(rng.NextDouble(), 6)).ToArray()).ToArray();
        var y = x.Select(r => Math.Sin(3 * r[0]) + r[1]).ToArray();
        var p = new SvrParameters(C: 2, Epsilon: 0.0625, Gamma: 0.5, Tolerance: 1e-6);

        // When trained on the fast path and on libsvm's own RBF kernel
        using var fast = Svr.Fit(x, y, p, GramBackend.MathNet);
        using var plain = Svr.Fit(x, y, p with { PrecomputeRbf = false });

        // Then the models agree
        SvrGolden.ShouldMatch(fast.Predict(x[..50]), plain.Predict(x[..50]), 1e-6);
        SvrGolden.SupportVectors(fast).Should().Be(SvrGolden.SupportVectors(plain));
    }

    [Fact]
    public void Concurrent_trainings_do_not_interfere()
    {
        // Given the RBF and polynomial golden cases
        var cases = new[] { "rbf", "poly", "rbf-noshrink", "linear" }.Select(SvrGolden.Case).ToArray();

        // When they are trained at the same time on separate threads (libsvm's print hook is process-wide)
        var predictions = new double[cases.Length][];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var (xTrain, xTest) = Inputs(cases[i]);
            using var model = Svr.Fit(xTrain, SvrGolden.Doubles("y_train"), SvrGolden.Parameters(cases[i], precomputeRbf: false));
            predictions[i] = model.Predict(xTest);
        });

        // Then each equals svm-predict's output for its own case
        for (var i = 0; i < cases.Length; i++)
        {
            SvrGolden.ShouldMatch(predictions[i], SvrGolden.Doubles(cases[i].GetProperty("predictions")), 1e-6);
        }
    }

    private static (double[][] Train, double[][] Test) Inputs(System.Text.Json.JsonElement c)
    {
        var xTrain = SvrGolden.Rows("x_train");
        var xTest = SvrGolden.Rows("x_test");
        if (c.GetProperty("kernel").GetString() != "Precomputed")
        {
            return (xTrain, xTest);
        }

        var gamma = c.GetProperty("gamma").GetDouble();
        return (SvrGolden.RbfKernel(xTrain, xTrain, gamma), SvrGolden.RbfKernel(xTest, xTrain, gamma));
    }
}
