namespace LeakSpec.Experiments.Claims;

/// <summary>Where a claim's check runs: each tier states the same comparison with its own margin.</summary>
public enum CheckTier
{
    /// <summary>Tiny synthetic data, small CNN or the demo profile, on the Fast seeds (direction and size).</summary>
    Fast,

    /// <summary>The demo: default synthetic data, embedded ResNet18, five splits (direction and size).</summary>
    Demo,

    /// <summary>The real datasets and the paper's configuration: the paper's numbers and the comparisons.</summary>
    Full,
}

/// <summary>
/// One comparison's margin per tier. The Fast and Demo margins are properties of the synthetic score model (they hold
/// on seeds the tests do not use, see docs/claims.md); the Full margin is 0 unless the paper states a size.
/// </summary>
public readonly record struct Margin(double Fast, double Demo, double Full = 0)
{
    public double For(CheckTier tier) => tier switch
    {
        CheckTier.Fast => Fast,
        CheckTier.Demo => Demo,
        _ => Full,
    };

    public override string ToString() => FormattableString.Invariant($"Fast {Fast:0.###}, Demo {Demo:0.###}, Full {Full:0.###}");
}
