using LeakSpec.Benchmarks;
using LeakSpec.Regression;

namespace LeakSpec.Harness.Tests.Regression;

/// <summary>`leakspec bench svr` on a machine without scikit-learn: one sentence saying what is missing and how to install it.</summary>
[Trait("Category", "Fast")]
public sealed class BenchSvrPrerequisiteTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "leakspec-bench-prereq-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId);

    public BenchSvrPrerequisiteTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_python_without_sklearn_stops_the_fit_part_before_anything_runs_naming_the_package()
    {
        // Given a "python" that fails the import the way CPython does without scikit-learn
        var python = Path.Combine(dir, "python-without-sklearn");
        File.WriteAllText(python, "#!/bin/sh\necho 'Traceback (most recent call last):' >&2\necho \"ModuleNotFoundError: No module named 'sklearn'\" >&2\nexit 1\n");
        File.SetUnixFileMode(python, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var output = Path.Combine(dir, "out");
        var options = new SvrBenchOptions(output, "unused.py", new HashSet<string> { "fit" }, python);

        // When the bench runs, and again with a Python that does not exist
        var missing = () => SvrBenchmark.Run(options, TextWriter.Null);
        var absent = () => SvrBenchmark.Run(options with { Python = Path.Combine(dir, "no-such-python") }, TextWriter.Null);

        // Then each fails with what is missing and the install command, before writing anything
        missing.Should().Throw<SvrException>().Which.Message.Should()
            .Contain("No module named 'sklearn'").And.Contain("apt-get install python3-sklearn").And.NotContain("Traceback");
        absent.Should().Throw<SvrException>().Which.Message.Should().Contain("cannot be run").And.Contain("python3-sklearn");
        Directory.Exists(output).Should().BeFalse();
    }
}
