using LeakSpec.Regression;

namespace LeakSpec.Harness.Tests.Regression;

[Trait("Category", "Fast")]
[Trait("Claim", "G.3")]
public sealed class G3KernelMemoryTests
{
    [Fact]
    public void G3_precomputed_kernel_memory_is_exactly_quadratic_in_the_number_of_items()
    {
        // Given libsvm problems for a precomputed kernel over N = 100, 200, 300, 400 training items
        long Bytes(int n)
        {
            using var p = NativeProblem.Precomputed(n, new double[n]);
            return p.NativeBytes;
        }

        var b = new[] { 100, 200, 300, 400 }.Select(Bytes).ToArray();

        // When the growth is differenced
        var second = new[] { b[2] - (2 * b[1]) + b[0], b[3] - (2 * b[2]) + b[1] };

        // Then the second difference is constant and positive (a quadratic: 16-byte svm_node × N(N+2) rows),
        // and doubling N nearly quadruples the memory
        second[0].Should().Be(second[1]).And.Be(2L * 16 * 100 * 100);
        ((double)b[3] / b[1]).Should().BeGreaterThan(3.9);
    }
}
