using System.Buffers.Binary;
using System.Diagnostics;
using LeakSpec.Regression;

namespace LeakSpec.Benchmarks;

/// <summary>Synthetic data, raw float64 files for the python side, and Linux peak-memory readings.</summary>
internal static class BenchSupport
{
    /// <summary>Seeded rows ~ N(0, 1) and a smooth non-linear target with noise, so the SVR has something to fit.</summary>
    public static (double[][] X, double[] Y) Data(int n, int d, int seed)
    {
        var rng = new Random(seed);
        var w = Enumerable.Range(0, d).Select(_ => Normal(rng)).ToArray();
        var norm = Math.Sqrt(w.Sum(v => v * v));
        var x = new double[n][];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = new double[d];
            double dot = 0;
            for (var j = 0; j < d; j++)
            {
                x[i][j] = Normal(rng);
                dot += x[i][j] * w[j];
            }

            y[i] = Math.Tanh(dot / norm) + (0.25 * Math.Sin(x[i][0])) + (0.1 * Normal(rng));
        }

        return (x, y);
    }

    public static void WriteRows(string path, IReadOnlyList<double[]> rows)
    {
        using var fs = new FileStream(path, FileMode.Create, FileAccess.Write);
        var buffer = new byte[rows[0].Length * 8];
        foreach (var row in rows)
        {
            for (var j = 0; j < row.Length; j++)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(buffer.AsSpan(j * 8), row[j]);
            }

            fs.Write(buffer);
        }
    }

    public static void WriteVector(string path, double[] v) => WriteRows(path, [v]);

    public static double[] ReadVector(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Enumerable.Range(0, bytes.Length / 8)
            .Select(i => BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(i * 8))).ToArray();
    }

    /// <summary>The fix for a machine without scikit-learn, in every message that reports it missing.</summary>
    public const string SklearnHowTo =
        "install it with `sudo apt-get install python3-sklearn` (Debian/Ubuntu, for /usr/bin/python3), or pass --python " +
        "with a Python that has scikit-learn and numpy; `--parts gram,memory,scaling` needs no Python.";

    /// <summary>
    /// Checks before any timing that <paramref name="python"/> exists and imports scikit-learn and numpy, so a fresh
    /// machine gets one sentence saying what is missing rather than a traceback minutes into the run.
    /// </summary>
    public static void RequireSklearn(string python)
    {
        var psi = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import numpy, sklearn");
        Process? p;
        try
        {
            p = Process.Start(psi);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SvrException($"the fit and grid parts compare against scikit-learn, but {python} cannot be run ({e.Message}); {SklearnHowTo}");
        }

        using (p)
        {
            if (p is null)
            {
                throw new SvrException($"could not start {python}; {SklearnHowTo}");
            }

            _ = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0)
            {
                var missing = stderr.Split('\n').LastOrDefault(l => l.Contains("No module named", StringComparison.Ordinal))?.Trim() ?? stderr.Trim();
                throw new SvrException($"the fit and grid parts compare against scikit-learn, which {python} lacks ({missing}); {SklearnHowTo}");
            }
        }
    }

    /// <summary>Runs the scikit-learn script; its stderr is returned in the exception if it fails.</summary>
    public static void RunPython(string python, string script, string mode, string folder)
    {
        var psi = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(mode);
        psi.ArgumentList.Add(folder);
        using var p = Process.Start(psi) ?? throw new SvrException($"could not start {python}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = stdout.Result;
        if (p.ExitCode != 0)
        {
            throw new SvrException($"{python} {script} {mode} failed with exit code {p.ExitCode}: {stderr}");
        }
    }

    /// <summary>Resets the kernel's peak-RSS mark of this process (Linux ≥ 4.0: write 5 to /proc/self/clear_refs).</summary>
    public static void ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not Linux or not permitted: the peak then includes earlier parts, which the report says.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>VmHWM or VmRSS of /proc/self/status in bytes; −1 where unavailable.</summary>
    public static long ProcStatus(string field)
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return -1;
        }
    }

    public static double MaxRelativeDifference(double[] a, double[] b) =>
        a.Zip(b, (p, q) => Math.Abs(p - q) / Math.Max(1, Math.Abs(q))).DefaultIfEmpty(0).Max();

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
