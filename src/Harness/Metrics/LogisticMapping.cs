using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace LeakSpec.Metrics;

/// <summary>
/// A fitted logistic curve from predictions to scores (least squares, MathNet's Levenberg–Marquardt with analytic
/// Jacobians). Start values are scale-aware so the fit converges whatever the units:
/// 4-parameter [max y, min y, mean x, std x]; 5-parameter [max y − min y, 1/std x, mean x, 0, mean y].
/// fixtures/metrics/make_golden.py starts scipy's curve_fit from the same values. The authors' own scripts start the
/// 5-parameter fit from <see cref="AuthorsStart"/> instead (what `leakspec score` uses, so its numbers are theirs).
/// </summary>
public sealed class LogisticMapping
{
    private LogisticMapping(LogisticFit kind, double[] parameters)
    {
        Kind = kind;
        Parameters = parameters;
    }

    public LogisticFit Kind { get; }

    /// <summary>b1..b4 or b1..b5, as in the formulas of <see cref="LogisticFit"/>.</summary>
    public IReadOnlyList<double> Parameters { get; }

    /// <summary>
    /// The start of the authors' 5-parameter fit (multiGAPKADID_ft.m: <c>nlinfit</c> from
    /// <c>beta = [max(YTest), min(YTest), mean(YTest), 0.5, 0.1]</c>; /work/shared/data/authors-results.md).
    /// </summary>
    public static double[] AuthorsStart(double[] y) => [y.Max(), y.Min(), y.Average(), 0.5, 0.1];

    public static LogisticMapping Fit(double[] x, double[] y, LogisticFit kind) => Fit(x, y, kind, null);

    /// <param name="start">Start values (4 or 5 per <paramref name="kind"/>); null: the scale-aware defaults above.</param>
    public static LogisticMapping Fit(double[] x, double[] y, LogisticFit kind, double[]? start)
    {
        Correlations.Validate(x, y);
        var p = kind switch
        {
            LogisticFit.FourParameter => 4,
            LogisticFit.FiveParameter => 5,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "expected FourParameter or FiveParameter"),
        };
        if (x.Length < p)
        {
            throw new MetricException(FormattableString.Invariant(
                $"a {p}-parameter logistic fit needs at least {p} items, got {x.Length}."));
        }

        if (Correlations.IsConstant(x))
        {
            throw new MetricException("a logistic fit needs at least 2 distinct predicted values; all are equal.");
        }

        double meanX = x.Average(), stdX = Math.Sqrt(x.Sum(v => (v - meanX) * (v - meanX)) / x.Length);
        double minY = y.Min(), maxY = y.Max(), meanY = y.Average();
        if (start is not null && start.Length != p)
        {
            throw new ArgumentException($"a {p}-parameter fit needs {p} start values, got {start.Length}.", nameof(start));
        }

        start ??= kind == LogisticFit.FourParameter
            ? [maxY, minY, meanX, stdX]
            : [maxY - minY, 1.0 / stdX, meanX, 0.0, meanY];

        var objective = ObjectiveFunction.NonlinearModel(
            (b, xs) => Vector<double>.Build.Dense(xs.Count, i => Eval(kind, b.AsArray() ?? b.ToArray(), xs[i])),
            (b, xs) => Jacobian(kind, b.ToArray(), xs),
            Vector<double>.Build.Dense(x),
            Vector<double>.Build.Dense(y));
        var solver = new LevenbergMarquardtMinimizer(maximumIterations: 10_000);
        double[] fitted;
        try
        {
            fitted = solver.FindMinimum(objective, Vector<double>.Build.Dense(start)).MinimizingPoint.ToArray();
        }
        catch (ArgumentException e)
        {
            // MathNet rejects a step to non-finite parameters by throwing: the same divergence as below.
            throw new MetricException($"the {kind} logistic fit diverged ({e.Message}).");
        }

        if (fitted.Any(v => !double.IsFinite(v)))
        {
            throw new MetricException($"the {kind} logistic fit diverged (non-finite parameters).");
        }

        return new LogisticMapping(kind, fitted);
    }

    public double[] Apply(double[] x)
    {
        var b = Parameters.ToArray();
        return x.Select(v => Eval(Kind, b, v)).ToArray();
    }

    internal static double Eval(LogisticFit kind, double[] b, double x) => kind == LogisticFit.FourParameter
        ? ((b[0] - b[1]) * Sigmoid((x - b[2]) / Math.Abs(b[3]))) + b[1]
        : (b[0] * (0.5 - Sigmoid(-b[1] * (x - b[2])))) + (b[3] * x) + b[4];

    private static Matrix<double> Jacobian(LogisticFit kind, double[] b, Vector<double> xs)
    {
        var j = Matrix<double>.Build.Dense(xs.Count, b.Length);
        for (var i = 0; i < xs.Count; i++)
        {
            var x = xs[i];
            if (kind == LogisticFit.FourParameter)
            {
                var a = Math.Abs(b[3]);
                var s = Sigmoid((x - b[2]) / a);
                var ds = s * (1 - s) * (b[0] - b[1]);
                j[i, 0] = s;
                j[i, 1] = 1 - s;
                j[i, 2] = -ds / a;
                j[i, 3] = -ds * (x - b[2]) * Math.Sign(b[3]) / (b[3] * b[3]);
            }
            else
            {
                // t = 1 / (1 + exp(b2 (x − b3))) = sigmoid(−b2 (x − b3)); dt/dv = −t (1 − t).
                var t = Sigmoid(-b[1] * (x - b[2]));
                var dt = t * (1 - t) * b[0];
                j[i, 0] = 0.5 - t;
                j[i, 1] = dt * (x - b[2]);
                j[i, 2] = -dt * b[1];
                j[i, 3] = x;
                j[i, 4] = 1;
            }
        }

        return j;
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
