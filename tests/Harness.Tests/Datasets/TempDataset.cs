namespace LeakSpec.Harness.Tests.Datasets;

/// <summary>A writable copy of a fixture dataset (or an empty folder) that bad-input tests may damage; deleted on dispose.</summary>
internal sealed class TempDataset : IDisposable
{
    private static int counter;

    public TempDataset(string? fixture = null)
    {
        Root = Path.Combine(Path.GetTempPath(), $"leakspec-ds-{Environment.ProcessId}-{Interlocked.Increment(ref counter)}");
        Directory.CreateDirectory(Root);
        if (fixture is not null)
        {
            Copy(RepoPaths.Fixture("datasets", fixture), Root);
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
