namespace LeakSpec.Regression;

/// <summary>
/// The outcome of <see cref="Svr.GridSearch"/>: every grid point's mean validation R² over the folds, the best
/// point (first in C, ε, γ order on a tie, as scikit-learn's GridSearchCV), and the fold of each training item.
/// </summary>
public sealed record GridSearchResult(
    double BestGamma,
    double BestC,
    double BestEpsilon,
    double BestScore,
    IReadOnlyList<GridPoint> Points,
    IReadOnlyList<int> FoldOf);
