using System.Globalization;
using LeakSpec.Regression;

namespace LeakSpec.Harness.Tests.Regression;

/// <summary>Runs alone: it reads the process's resident memory, which other tests' allocations would disturb.</summary>
[CollectionDefinition(nameof(ResidentMemory), DisableParallelization = true)]
public sealed class ResidentMemory;

/// <summary>
/// G.3: "the memory requirement of SVR grows quadratically with the number of training items" (Discussion). Measured,
/// not recomputed: the resident memory the process gains while libsvm's precomputed-kernel problem of N items is alive
/// and filled with the RBF kernel, at N and 2N.
/// </summary>
[Trait("Category", "Fast")]
[Trait("Claim", "G.3")]
[Collection(nameof(ResidentMemory))]
public sealed class G3KernelMemoryTests
{
    [Fact]
    public void G3_TheFilledKernelProblemsResidentMemory_QuadruplesWhenTheItemsDouble()
    {
        // Given the resident memory a filled kernel problem adds for 1,500 and for 3,000 training items
        var small = ResidentGain(1500);
        var large = ResidentGain(3000);

        // Then doubling N multiplies it by about four (36 MB → 144 MB of 16-byte libsvm nodes), not two
        (large / small).Should().BeInRange(3.3, 4.7, $"{small / 1e6:0.0} MB at N = 1,500, {large / 1e6:0.0} MB at N = 3,000");
    }

    private static double ResidentGain(int n)
    {
        const int d = 8;
        var rng = new Random(3);
        var flat = Enumerable.Range(0, n * d).Select(_ => rng.NextDouble()).ToArray();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = ResidentBytes();
        using var problem = NativeProblem.Precomputed(n, new double[n]);
        KernelMatrix.SymmetricRbfKernel(flat, n, d, 0.5, (start, rows, block) => problem.SetSymmetricBlock(start, rows, block), GramBackend.MathNet);
        GC.Collect();
        return ResidentBytes() - before;
    }

    // /proc/self/statm's second field: resident pages.
    private static double ResidentBytes() =>
        double.Parse(File.ReadAllText("/proc/self/statm").Split(' ')[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
}
