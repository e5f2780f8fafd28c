using LeakSpec.Datasets;

namespace LeakSpec.Splitting;

/// <summary>The work of <c>leakspec split</c> and <c>leakspec audit</c>, here so that tests can run it without the CLI.</summary>
public static class SplitRunner
{
    /// <summary>Exit code for "bad input": a file, field or argument the message names.</summary>
    public const int BadInput = 2;

    /// <summary>Writes the manifests; all-or-nothing with respect to existing files. Returns the exit code.</summary>
    public static int Split(SplitRequest request, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (request.Splits < 1)
            {
                throw new ArgumentException($"--splits must be at least 1, got {request.Splits}.");
            }

            var seeds = request.Seeds();
            var paths = seeds.Select((_, i) => Path.Combine(request.OutDir, ManifestStore.FileName(i))).ToList();
            var existing = paths.Where(File.Exists).ToList();
            if (existing.Count > 0 && !request.Force)
            {
                // Checked before anything is written, so a refused run leaves the folder exactly as it was.
                stderr.WriteLine($"error: {string.Join(", ", existing)} already exist(s); nothing was written. Pass --force to replace them.");
                return BadInput;
            }

            var dataset = LoadDataset(request);
            var options = request.FramesPerVideo is { } f ? new ManifestOptions(FrameCount: _ => f) : null;
            var manifests = seeds.Select(s => ManifestBuilder.Build(dataset, request.Policy, request.Leak, s, options)).ToList();
            for (var i = 0; i < manifests.Count; i++)
            {
                ManifestStore.Write(paths[i], manifests[i], overwrite: request.Force);
                var m = manifests[i];
                stdout.WriteLine($"{paths[i]}  {m.Kind} {m.Policy} seed {m.Seed}: " +
                    string.Join(", ", m.Stages.Select(s => $"{s.Key} {s.Value.Count}")) + $"  {m.ContentHash}");
            }

            return 0;
        }
        catch (Exception e) when (e is ManifestException or DatasetException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: " + e.Message);
            return BadInput;
        }
    }

    /// <summary>
    /// Audits split files (manifests, JSON lists, CSVs). With a root, each file is first checked against the dataset
    /// there (kind, fingerprint, ids). Returns 0 when clean, 1 on leakage, 2 on bad input.
    /// </summary>
    public static int Audit(IReadOnlyList<string> files, DatasetKind? kind, string? root, bool allowSubset, int firstFew, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (files.Count == 0)
            {
                throw new ArgumentException("name at least one manifest or split file.");
            }

            var manifests = files.Select(f => SplitFileReader.Read(f, kind)).ToList();
            if (root is not null)
            {
                var loaded = new Dictionary<DatasetKind, Dataset>();
                for (var i = 0; i < files.Count; i++)
                {
                    var k = manifests[i].Kind;
                    if (!loaded.TryGetValue(k, out var ds))
                    {
                        ds = loaded[k] = DatasetLoader.Load(k, root, new LoadOptions(AllowSubset: allowSubset, VerifyFiles: false));
                    }

                    ManifestStore.Verify(manifests[i], ds, files[i]);
                }
            }

            var report = new LeakAuditor(firstFew).Audit(manifests, files);
            stdout.Write(report.ToText());
            return report.IsClean ? 0 : 1;
        }
        catch (Exception e) when (e is ManifestException or DatasetException or ArgumentException)
        {
            stderr.WriteLine("error: " + e.Message);
            return BadInput;
        }
    }

    private static Dataset LoadDataset(SplitRequest r)
    {
        if (r.NameDerived)
        {
            return NameDerivedDatasets.For(r.Kind ?? throw new ArgumentException("--names needs --kind tid2013 or kadid10k."));
        }

        var root = r.Root ?? throw new ArgumentException("--root is required (or --names for TID2013/KADID-10k).");
        var kind = r.Kind ?? DatasetLoader.Detect(root);
        return DatasetLoader.Load(kind, root, new LoadOptions(AllowSubset: r.AllowSubset, VerifyFiles: false));
    }
}
