namespace LeakSpec.Regression;

/// <summary>libsvm's kernel_type values (sigmoid left out: it is not a Mercer kernel and no method here uses it).</summary>
public enum SvrKernel
{
    /// <summary>u·v.</summary>
    Linear = 0,

    /// <summary>(γ u·v + coef0)^degree.</summary>
    Polynomial = 1,

    /// <summary>exp(−γ ‖u − v‖²).</summary>
    Rbf = 2,

    /// <summary>Rows of x are kernel values against the training items (libsvm's -t 4).</summary>
    Precomputed = 4,
}
