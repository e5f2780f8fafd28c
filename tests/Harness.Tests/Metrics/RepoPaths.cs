namespace LeakSpec.Harness.Tests.Metrics;

/// <summary>Finds committed fixtures from the test binary's folder, so tests run from any working directory.</summary>
internal static class RepoPaths
{
    public static string Fixture(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "fixtures", .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("fixture not found above " + AppContext.BaseDirectory, Path.Combine(parts));
    }
}
