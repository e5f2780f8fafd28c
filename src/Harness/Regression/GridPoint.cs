namespace LeakSpec.Regression;

/// <summary>One (C, ε, γ) of a grid search with its R² on each validation fold and their mean.</summary>
public sealed record GridPoint(double C, double Epsilon, double Gamma, double MeanScore, IReadOnlyList<double> FoldScores);
