namespace LeakSpec.Runtime;

/// <summary>What <see cref="TorchRuntime"/> found when it loaded TorchSharp.</summary>
/// <param name="TorchSharpVersion">The managed TorchSharp assembly's version.</param>
/// <param name="NativeLibrary">The libLibTorchSharp.so that was checked (null off Linux).</param>
/// <param name="Patch">What the libstdc++ compatibility fix decided for it.</param>
/// <param name="LibStdCxx">The system libstdc++ that was inspected.</param>
/// <param name="Threads">libtorch's intra-op thread count.</param>
/// <param name="CudaAvailable">Whether libtorch sees a CUDA device.</param>
public sealed record TorchRuntimeInfo(
    string TorchSharpVersion,
    string? NativeLibrary,
    string Patch,
    string? LibStdCxx,
    int Threads,
    bool CudaAvailable);
