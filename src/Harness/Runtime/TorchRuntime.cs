using System.Runtime.CompilerServices;
using LeakSpec.Runtime.TorchSharpFixes;
using TorchSharp;

namespace LeakSpec.Runtime;

/// <summary>
/// The one way LeakSpec starts TorchSharp: repair the build-output native library where the system needs it
/// (<see cref="LibStdCxxVersionPatch"/>), then load libtorch and report what loaded.
/// </summary>
public static class TorchRuntime
{
    private static readonly Lock Gate = new();
    private static string? preparedPatch;
    private static TorchRuntimeInfo? loaded;

    /// <summary>Applies the native fix (idempotent, cheap after the first call) without loading libtorch.</summary>
    /// <returns>A description of what was decided for each library copy.</returns>
    public static string PrepareNativeLibraries()
    {
        lock (Gate)
        {
            return preparedPatch ??= Prepare();
        }
    }

    /// <summary>Prepares the native library, loads TorchSharp and returns what loaded; throws what was tried when it cannot.</summary>
    public static TorchRuntimeInfo EnsureLoaded()
    {
        lock (Gate)
        {
            if (loaded is not null)
            {
                return loaded;
            }

            var patch = preparedPatch ??= Prepare();
            try
            {
                using var probe = torch.zeros(1);
                ApplyThreadSetting();
                loaded = new TorchRuntimeInfo(
                    typeof(torch).Assembly.GetName().Version?.ToString() ?? "unknown",
                    FindTorchSharpNative(),
                    patch,
                    OperatingSystem.IsLinux() ? SystemLibStdCxx.Locate() : null,
                    torch.get_num_threads(),
                    torch.cuda.is_available());
                return loaded;
            }
            catch (Exception e) when (e is not NativeLibraryException)
            {
                throw new NativeLibraryException(
                    $"TorchSharp failed to load libtorch. Tried: native fix ({patch}); system libstdc++ {SystemLibStdCxx.Locate() ?? "not found"}. " +
                    $"Cause: {e.GetType().Name}: {e.Message}. Rebuild (dotnet build) so the runtimes/ folder is present, and run `leakspec doctor`.",
                    e);
            }
        }
    }

    /// <summary>Environment variable that fixes libtorch's intra-op threads (the test runsettings set 1).</summary>
    public const string ThreadsVariable = "LEAKSPEC_TORCH_THREADS";

    /// <summary>
    /// Test runners train in several test classes at once; each libtorch pool spinning on both cores then starves the
    /// others (a training step was measured 30× slower). One thread per process where the variable says so.
    /// </summary>
    private static void ApplyThreadSetting()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable(ThreadsVariable), out var threads) && threads > 0)
        {
            torch.set_num_threads(threads);
        }
    }

    /// <summary>Where TorchSharp will look for libLibTorchSharp.so in this build's output.</summary>
    public static string? FindTorchSharpNative() =>
        new[]
        {
            Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so"),
            Path.Combine(AppContext.BaseDirectory, "libLibTorchSharp.so"),
        }.FirstOrDefault(File.Exists);

    private static string Prepare()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux: nothing to do";
        }

        var native = FindTorchSharpNative();
        if (native is null)
        {
            return "libLibTorchSharp.so not found under " + AppContext.BaseDirectory + " (TorchSharp will report the load error)";
        }

        var libstdcxx = SystemLibStdCxx.Locate()
            ?? throw new NativeLibraryException("No libstdc++.so.6 found (looked in /proc/self/maps, LD_LIBRARY_PATH and the usual lib directories); install libstdc++6.");
        var versions = SystemLibStdCxx.DefinedVersions(libstdcxx);
        var decision = LibStdCxxVersionPatch.EnsureLoadable(native, versions);
        return $"{decision} ({native}; system {libstdcxx} {(versions.Contains(LibStdCxxVersionPatch.MissingVersion) ? "has" : "lacks")} {LibStdCxxVersionPatch.MissingVersion})";
    }

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "The native fix must precede TorchSharp's first native call from any caller of the harness.")]
    internal static void InitializeModule()
    {
        try
        {
            PrepareNativeLibraries();
        }
        catch (NativeLibraryException)
        {
            // Reported again, with context, by EnsureLoaded when torch is actually needed.
        }
    }
}
