namespace LeakSpec.Regression;

/// <summary>Which BLAS computes x·yᵀ for the kernel: TorchSharp's libtorch (CPU, float64) or MathNet's managed provider.</summary>
public enum GramBackend
{
    Torch,
    MathNet,
}
