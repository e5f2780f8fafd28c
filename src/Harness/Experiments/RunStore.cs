using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using LeakSpec.IO;

namespace LeakSpec.Experiments;

/// <summary>
/// Per-split results on disk, <c>&lt;out&gt;/runs/&lt;key hash&gt;/split-&lt;k&gt;.json</c> beside the key that names
/// them (<c>key.json</c>), each written atomically: an interrupted run resumes by skipping the splits found here.
/// </summary>
public sealed class RunStore
{
    public RunStore(string outputDir)
    {
        Root = Path.GetFullPath(Path.Combine(outputDir, "runs"));
    }

    public string Root { get; }

    public string DirectoryFor(RunKey key) => Path.Combine(Root, key.Hash);

    public string PathFor(RunKey key, int split) => Path.Combine(DirectoryFor(key), $"split-{split}.json");

    /// <summary>The stored result of this key's split, if a run with the same key finished it.</summary>
    /// <exception cref="ResultsFormatException">The file exists but is not a result of that split.</exception>
    public bool TryGet(RunKey key, int split, [NotNullWhen(true)] out SplitResult? result)
    {
        var path = PathFor(key, split);
        if (!File.Exists(path))
        {
            result = null;
            return false;
        }

        result = ResultsJson.ReadFile<SplitResult>(path);
        if (result.Split != split)
        {
            throw new ResultsFormatException(path, $"holds split {result.Split}, expected split {split}; delete the file to recompute it.");
        }

        return true;
    }

    /// <summary>
    /// Stored results of the same case, variant, configuration, data, seeds and device that another harness build or
    /// other weight files produced (or an older key schema): never reused, but named so a user sees why a run trains
    /// again. Each entry: the folder and what differs.
    /// </summary>
    public IReadOnlyList<(string Directory, string Differs)> Stale(RunKey key)
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var ours = RunKey.IdentityOf(key.CanonicalJson());
        var found = new List<(string, string)>();
        foreach (var dir in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            var keyPath = Path.Combine(dir, "key.json");
            if (dir == DirectoryFor(key) || !File.Exists(keyPath))
            {
                continue;
            }

            var text = File.ReadAllText(keyPath);
            if (RunKey.IdentityOf(text) != ours || JsonNode.Parse(text) is not JsonObject other)
            {
                continue;
            }

            var build = other["build"]?.ToString() ?? $"an older LeakSpec (key schema {other["schema"]})";
            var differs = build != key.Build
                ? $"build {build}, this is {key.Build}"
                : $"weights {other["weights"]?.ToJsonString() ?? "unrecorded"}, these are {new JsonObject(key.Weights.Select(w => KeyValuePair.Create(w.Key, (JsonNode?)w.Value))).ToJsonString()}";
            found.Add((dir, differs));
        }

        return found;
    }

    /// <summary>Stores a finished split (and the key beside it, for people reading the folder).</summary>
    public void Put(RunKey key, SplitResult result)
    {
        var keyPath = Path.Combine(DirectoryFor(key), "key.json");
        if (!File.Exists(keyPath))
        {
            AtomicFile.WriteAllText(keyPath, key.CanonicalJson());
        }

        ResultsJson.WriteFile(PathFor(key, result.Split), result);
    }
}
