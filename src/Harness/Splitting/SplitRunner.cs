using LeakSpec.Datasets;
using LeakSpec.Splitting.Formats;

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
    public static int Audit(IReadOnlyList<string> files, DatasetKind? kind, string? root, bool allowSubset, int firstFew, TextWriter stdout, TextWriter stderr) =>
        Audit(new AuditRequest(files, kind, root, allowSubset, firstFew), stdout, stderr);

    /// <summary>
    /// `leakspec audit` in all its forms: split files; one file per set (--train/--val/--test); pyiqa pickles with
    /// their meta file (--meta). Warnings (no test set) are printed before the findings and do not change the exit
    /// code: 0 clean, 1 leakage, 2 bad input.
    /// </summary>
    public static int Audit(AuditRequest r, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var (manifests, sources, notes) = ReadForAudit(r);
            foreach (var line in notes.Concat(AuditWarnings.For(manifests, sources)))
            {
                stdout.WriteLine(line);
            }

            var report = new LeakAuditor(r.FirstFew).Audit(manifests, sources);
            stdout.Write(report.ToText());
            return report.IsClean ? 0 : 1;
        }
        catch (Exception e) when (e is ManifestException or DatasetException or ArgumentException)
        {
            stderr.WriteLine("error: " + e.Message);
            return BadInput;
        }
    }

    private static (IReadOnlyList<SplitManifest>, IReadOnlyList<string>, List<string>) ReadForAudit(AuditRequest r)
    {
        var sets = new[] { ("train", r.Train), ("val", r.Val), ("test", r.Test) }.Where(s => s.Item2 is not null).Select(s => (s.Item1, s.Item2!)).ToList();
        var notes = new List<string>();
        if (sets.Count > 0)
        {
            if (r.Files.Count > 0 || r.Meta is not null)
            {
                throw new ArgumentException("give either split files, or --train/--val/--test files, or --meta with pickles; not several.");
            }

            if (r.Train is null)
            {
                throw new ArgumentException("--val and --test need --train (the set the model was fitted on).");
            }

            var (m, source, names) = ExternalSplits.FromSetFiles(sets, r.Kind, r.Root, r.AllowSubset);
            Note(notes, names);
            return ([m], [source], notes);
        }

        if (r.Meta is not null)
        {
            if (r.Files.Count == 0)
            {
                throw new ArgumentException("--meta needs the pyiqa split file(s) (*.pkl) as arguments.");
            }

            var all = new List<SplitManifest>();
            var sources = new List<string>();
            foreach (var pkl in r.Files)
            {
                var (ms, ss, names, skipped) = ExternalSplits.FromPyiqaPickle(pkl, r.Meta, r.Kind, r.Root, r.AllowSubset);
                if (skipped > 0)
                {
                    notes.Add($"note: the first {skipped} rows of {r.Meta} (LIVE Challenge's training images t1.bmp … t{skipped}.bmp) are skipped before indexing, as pyiqa does.");
                }

                Note(notes, names);
                all.AddRange(ms);
                sources.AddRange(ss);
            }

            return (all, sources, notes.Distinct().ToList());
        }

        if (r.Files.Count == 0)
        {
            throw new ArgumentException("name at least one manifest or split file, or give --train/--val/--test files, or --meta META.csv with pyiqa pickles.");
        }

        var manifests = r.Files.Select(f => SplitFileReader.Read(f, r.Kind)).ToList();
        if (r.Root is not null)
        {
            var loaded = new Dictionary<DatasetKind, Dataset>();
            for (var i = 0; i < r.Files.Count; i++)
            {
                var k = manifests[i].Kind;
                if (!loaded.TryGetValue(k, out var ds))
                {
                    ds = loaded[k] = DatasetLoader.Load(k, r.Root, new LoadOptions(AllowSubset: r.AllowSubset, VerifyFiles: false));
                }

                ManifestStore.Verify(manifests[i], ds, r.Files[i]);
            }
        }

        return (manifests, r.Files, notes);
    }

    private static void Note(List<string> notes, ItemNames names) =>
        notes.Add(names.ChecksItems ? $"names checked against {names.ItemsFrom}." : "note: names not checked against the dataset's items; pass --root DIR to check every name.");

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
