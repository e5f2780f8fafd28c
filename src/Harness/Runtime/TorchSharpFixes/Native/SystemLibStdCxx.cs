namespace LeakSpec.Runtime.TorchSharpFixes;

/// <summary>Finds the libstdc++ the dynamic loader gives this process and reads which GLIBCXX versions it defines.</summary>
public static class SystemLibStdCxx
{
    private static readonly string[] SearchDirectories =
    [
        "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64", "/usr/lib", "/lib",
    ];

    /// <summary>The libstdc++.so.6 mapped into this process (the .NET runtime loads it), else the first in the usual directories.</summary>
    public static string? Locate()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/maps"))
            {
                var at = line.IndexOf('/');
                if (at >= 0 && line.AsSpan(at).Contains("/libstdc++.so", StringComparison.Ordinal))
                {
                    return line[at..].Trim();
                }
            }
        }
        catch (IOException)
        {
            // No procfs (a container without it): fall back to the usual locations.
        }

        var fromEnvironment = (Environment.GetEnvironmentVariable("LD_LIBRARY_PATH") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries);
        return fromEnvironment.Concat(SearchDirectories)
            .Select(d => Path.Combine(d, "libstdc++.so.6"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The version names (GLIBCXX_*, CXXABI_*) defined by the library at <paramref name="path"/>.</summary>
    public static IReadOnlySet<string> DefinedVersions(string path) => ElfImage.Read(path).DefinedVersions();
}
