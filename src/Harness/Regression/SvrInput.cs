namespace LeakSpec.Regression;

/// <summary>Checks SVR inputs before they reach libsvm, which would silently train on NaN or read past a row.</summary>
internal static class SvrInput
{
    public static int ValidateTraining(IReadOnlyList<double[]> x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Length)
        {
            throw new SvrException(FormattableString.Invariant(
                $"x has {x.Count} rows but y has {y.Length} targets; expected one target per row."));
        }

        if (x.Count < 2)
        {
            throw new SvrException(FormattableString.Invariant(
                $"an SVR needs at least 2 training items, got {x.Count}."));
        }

        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw new SvrException(FormattableString.Invariant($"y[{i}] is {y[i]}; expected a finite target."));
            }
        }

        return ValidateRows(x, expectedWidth: null, "x");
    }

    /// <summary>Returns the common row width; names the first ragged row or non-finite value.</summary>
    public static int ValidateRows(IReadOnlyList<double[]> x, int? expectedWidth, string name)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Count == 0)
        {
            return expectedWidth ?? 0;
        }

        var width = expectedWidth ?? x[0]?.Length ?? 0;
        if (width == 0)
        {
            throw new SvrException($"{name}[0] has no features; expected at least one.");
        }

        for (var i = 0; i < x.Count; i++)
        {
            var row = x[i] ?? throw new SvrException(FormattableString.Invariant($"{name}[{i}] is null."));
            if (row.Length != width)
            {
                throw new SvrException(FormattableString.Invariant(
                    $"{name}[{i}] has {row.Length} features; expected {width} like the training rows (ragged rows)."));
            }

            for (var j = 0; j < row.Length; j++)
            {
                if (!double.IsFinite(row[j]))
                {
                    throw new SvrException(FormattableString.Invariant(
                        $"{name}[{i}][{j}] is {row[j]}; expected a finite feature value."));
                }
            }
        }

        return width;
    }

    public static double[] RowMajor(IReadOnlyList<double[]> x, int width)
    {
        var flat = new double[(long)x.Count * width];
        for (var i = 0; i < x.Count; i++)
        {
            x[i].CopyTo(flat, (long)i * width);
        }

        return flat;
    }
}
