using TorchSharp;

namespace LeakSpec.Runtime;

/// <summary>The one place that decides between CPU and CUDA (every pipeline asks it, so results record the same reason).</summary>
public static class DeviceSelector
{
    /// <summary>Decides for <paramref name="requested"/> ("auto", "cpu" or "cuda") on this machine.</summary>
    public static DeviceChoice Select(string requested)
    {
        TorchRuntime.EnsureLoaded();
        return Decide(requested, torch.cuda.is_available(), typeof(torch).Assembly.Location);
    }

    /// <summary>The decision alone, testable without a GPU.</summary>
    internal static DeviceChoice Decide(string requested, bool cudaAvailable, string backend)
    {
        var why = cudaAvailable ? "libtorch sees a CUDA device" : "libtorch sees no CUDA device (this build uses TorchSharp-cpu unless restored with -p:LeakSpecTorchBackend=cuda)";
        return requested.ToLowerInvariant() switch
        {
            "cpu" => new DeviceChoice("cpu", "requested cpu"),
            "cuda" when cudaAvailable => new DeviceChoice("cuda", "requested cuda; " + why),
            "cuda" => throw new NativeLibraryException($"--device cuda was requested but {why}. Backend assembly: {backend}."),
            "auto" => cudaAvailable ? new DeviceChoice("cuda", "auto: " + why) : new DeviceChoice("cpu", "auto: " + why),
            _ => throw new ArgumentException($"Unknown device '{requested}': expected auto, cpu or cuda.", nameof(requested)),
        };
    }
}
