using System.Runtime.CompilerServices;

namespace LeakSpec.TestSupport;

/// <summary>Applies the native fix before any test touches TorchSharp, even one that never calls the harness first.</summary>
internal static class TestModuleInitializer
{
    [ModuleInitializer]
    internal static void Initialize() => LeakSpec.Runtime.TorchRuntime.PrepareNativeLibraries();
}
