namespace LeakSpec.Training;

public enum OptimizerKind
{
    /// <summary>Stochastic gradient descent, with <see cref="TrainingConfig.Momentum"/>.</summary>
    Sgd,

    /// <summary>Adam (β = 0.9, 0.999).</summary>
    Adam,
}
