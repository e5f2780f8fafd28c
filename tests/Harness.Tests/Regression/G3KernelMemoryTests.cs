using System.Runtime.InteropServices;
using LeakSpec.Regression;

namespace LeakSpec.Harness.Tests.Regression;

/// <summary>Runs alone: it reads the C allocator's totals, which other tests' allocations would disturb.</summary>
[CollectionDefinition(nameof(ResidentMemory), DisableParallelization = true)]
public sealed class ResidentMemory;

/// <summary>
/// G.3: "the memory requirement of SVR grows quadratically with the number of training items" (Discussion). Measured,
/// not recomputed: the bytes the C allocator (glibc's mallinfo2) holds while libsvm's precomputed-kernel problem of N items
/// is alive and filled with the RBF kernel, at N and 2N.
/// </summary>
[Trait("Category", "Fast")]
[Trait("Claim", "G.3")]
[Collection(nameof(ResidentMemory))]
public sealed class G3KernelMemoryTests
{
    [Fact]
    public void G3_TheFilledKernelProblemsNativeMemory_QuadruplesWhenTheItemsDouble()
    {
        // Given the native memory a filled kernel problem holds for 1,500 and for 3,000 training items
        var small = NativeGain(1500);
        var large = NativeGain(3000);

        // Then doubling N multiplies it by about four (36 MB → 144 MB of 16-byte libsvm nodes), not two
        (large / small).Should().BeInRange(3.8, 4.2, $"{small / 1e6:0.0} MB at N = 1,500, {large / 1e6:0.0} MB at N = 3,000");
        small.Should().BeGreaterThan(30e6);
    }

    private static double NativeGain(int n)
    {
        const int d = 8;
        var rng = new Random(3);
        var flat = Enumerable.Range(0, n * d).Select(_ => rng.NextDouble()).ToArray();

        // Earlier tests' undisposed tensors (ResNet-101's 170 MB among them) are freed by finalizers: run them now, not
        // between the two readings.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = MallocInUse();
        using var problem = NativeProblem.Precomputed(n, new double[n]);
        KernelMatrix.SymmetricRbfKernel(flat, n, d, 0.5, (start, rows, block) => problem.SetSymmetricBlock(start, rows, block), GramBackend.MathNet);
        return MallocInUse() - before;
    }

    // Bytes in use in the arenas plus bytes in mmapped blocks (large allocations such as the node array).
    private static double MallocInUse()
    {
        var m = MallInfo2();
        return (double)m.Uordblks + m.Hblkhd;
    }

    [DllImport("libc", EntryPoint = "mallinfo2")]
    private static extern MallocInfo MallInfo2();

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct MallocInfo
    {
        public readonly nuint Arena, Ordblks, Smblks, Hblks, Hblkhd, Usmblks, Fsmblks, Uordblks, Fordblks, Keepcost;
    }
}
