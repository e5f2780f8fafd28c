namespace LeakSpec.Harness.Tests;

/// <summary>Finds the repository (the folder holding LeakSpec.sln) from the test binaries, so tests can read fixtures/.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (contains LeakSpec.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The fixtures folder (fixtures/&lt;concern&gt;/ holds each concern's golden files and their scripts).</summary>
    public static string Fixtures => Path.Combine(Root, "fixtures");

    /// <summary>A path under fixtures/, e.g. Fixture("datasets", "tid2013").</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeakSpec.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no LeakSpec.sln above {AppContext.BaseDirectory}; run the tests from inside the repository");
    }
}
