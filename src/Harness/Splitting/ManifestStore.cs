using LeakSpec.Datasets;
using LeakSpec.IO;

namespace LeakSpec.Splitting;

/// <summary>Reads and writes manifest files: atomically, never over an existing file unless asked, verified against a dataset on request.</summary>
public static class ManifestStore
{
    /// <summary>The file name of split <paramref name="index"/> (0-based) in a manifest folder: <c>split-1.json</c> …</summary>
    public static string FileName(int index) => $"split-{index + 1}.json";

    public static void Write(string path, SplitManifest m, bool overwrite)
    {
        if (!overwrite && File.Exists(path))
        {
            throw new ManifestException(path, "(file)", "a manifest already exists here; refusing to overwrite it (pass overwrite / --force to replace it).");
        }

        AtomicFile.WriteAllBytes(path, m.ToCanonicalUtf8());
    }

    /// <summary>
    /// Reads a manifest. With <paramref name="verifyAgainst"/>, also checks that it is that dataset's kind and fingerprint
    /// and that every id (or, for frame ids, its video) is one of the dataset's items.
    /// </summary>
    public static SplitManifest Read(string path, Dataset? verifyAgainst = null)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException(path, "(file)", "cannot read the manifest: " + e.Message, e);
        }

        var m = SplitManifest.Parse(json, path);
        if (verifyAgainst is not null)
        {
            Verify(m, verifyAgainst, path);
        }

        return m;
    }

    public static void Verify(SplitManifest m, Dataset dataset, string path)
    {
        if (m.Kind != dataset.Kind)
        {
            throw new ManifestException(path, "kind", $"the manifest is for {ManifestJson.KindName(m.Kind)} but the dataset at {dataset.Root} is {ManifestJson.KindName(dataset.Kind)}.");
        }

        // An empty fingerprint marks a split file made outside LeakSpec: only its ids can be checked.
        if (m.Fingerprint.Length != 0 && m.Fingerprint != dataset.Fingerprint)
        {
            throw new ManifestException(path, "fingerprint", $"expected {dataset.Fingerprint} (the dataset at {dataset.Root}: its ids or scores differ from those the split was made for), found \"{m.Fingerprint}\".");
        }

        var key = GroupFunctions.ItemKey(m.Kind);
        var known = new HashSet<string>(dataset.Items.Select(i => key(i.Id)), StringComparer.Ordinal);
        foreach (var (stage, ids) in m.Stages)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var id = m.Kind == DatasetKind.Konvid1k ? FrameIds.VideoOf(ids[i]) : ids[i];
                if (!known.Contains(key(id)))
                {
                    throw new ManifestException(path, $"stages.{stage}[{i}]", $"id '{ids[i]}' is not an item of the dataset at {dataset.Root}.");
                }
            }
        }
    }
}
