namespace LeakSpec.Regression;

/// <summary>
/// fitrsvm(…, 'Standardize', true, 'KernelFunction', 'gaussian', 'KernelScale', 'auto') as the authors trained.
/// Null means MATLAB's default: KernelScale 'auto' (seeded heuristic), Epsilon iqr(y)/13.49, BoxConstraint
/// iqr(y)/1.349. See docs/regression.md for each default's source.
/// </summary>
public sealed record MatlabSvrOptions(
    bool Standardize = true,
    double? KernelScale = null,
    double? Epsilon = null,
    double? BoxConstraint = null,
    int Seed = 0);
