namespace LeakSpec.Metrics;

/// <summary>Which monotonic mapping is fitted from predictions to scores before PLCC and RMSE.</summary>
public enum LogisticFit
{
    /// <summary>PLCC and RMSE on the raw predictions.</summary>
    None,

    /// <summary><c>(b1 − b2) / (1 + exp(−(x − b3) / |b4|)) + b2</c>.</summary>
    FourParameter,

    /// <summary>VQEG: <c>b1 (0.5 − 1 / (1 + exp(b2 (x − b3)))) + b4 x + b5</c>.</summary>
    FiveParameter,
}
