namespace LeakSpec.Regression;

/// <summary>
/// ε-SVR settings with libsvm's own defaults (svm-train: -s 3 -t 2 -d 3 -g 1/features -r 0 -c 1 -p 0.1 -m 100
/// -e 0.001 -h 1). <see cref="Gamma"/> null means 1/number of features, as svm-train does.
/// <see cref="PrecomputeRbf"/> is not a libsvm knob: it trains an RBF model on a kernel matrix computed by one
/// matrix product (the fast path), which gives the same model within rounding.
/// </summary>
public sealed record SvrParameters(
    SvrKernel Kernel = SvrKernel.Rbf,
    double C = 1.0,
    double Epsilon = 0.1,
    double? Gamma = null,
    int Degree = 3,
    double Coef0 = 0.0,
    double CacheSizeMb = 100,
    double Tolerance = 1e-3,
    bool Shrinking = true,
    bool PrecomputeRbf = true);
