namespace LeakSpec.Harness.Tests.Models;

/// <summary>Finds fixtures/models/ by walking up from the test output folder to the repository root.</summary>
internal static class ModelFixtureFiles
{
    public static string PathOf(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures", "models", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"fixtures/models/{fileName} not found above {AppContext.BaseDirectory}; it is committed with the repository.", fileName);
    }
}
