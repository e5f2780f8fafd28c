using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace LeakSpec.Runtime;

/// <summary>Finds the system tools the harness calls: libsvm 3.x (Debian libsvm3) and ffmpeg.</summary>
public static class ExternalTools
{
    public const string LibSvmName = "libsvm.so.3";

    public static ExternalTool LibSvm()
    {
        const string how = "sudo apt-get install -y libsvm3";
        if (!NativeLibrary.TryLoad(LibSvmName, out var handle))
        {
            return new ExternalTool("libsvm", false, LibSvmName + " (dynamic loader search path)", null, how);
        }

        try
        {
            // libsvm exports its version as a global int (e.g. 324 for 3.24).
            var version = NativeLibrary.TryGetExport(handle, "libsvm_version", out var address)
                ? Marshal.ReadInt32(address).ToString(CultureInfo.InvariantCulture)
                : null;
            return new ExternalTool("libsvm", true, ResolveLoaded(LibSvmName) ?? LibSvmName, version, how);
        }
        finally
        {
            NativeLibrary.Free(handle);
        }
    }

    public static ExternalTool Ffmpeg()
    {
        const string how = "sudo apt-get install -y ffmpeg";
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "ffmpeg"))
            .FirstOrDefault(File.Exists);
        if (path is null)
        {
            return new ExternalTool("ffmpeg", false, "ffmpeg on PATH", null, how);
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(path, "-hide_banner -version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var first = process.StandardOutput.ReadLine() ?? string.Empty;
            process.WaitForExit();
            return new ExternalTool("ffmpeg", process.ExitCode == 0, path, first.Replace("ffmpeg version ", string.Empty, StringComparison.Ordinal).Split(' ')[0], how);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ExternalTool("ffmpeg", false, path + " (" + e.Message + ")", null, how);
        }
    }

    private static string? ResolveLoaded(string name)
    {
        try
        {
            return File.ReadLines("/proc/self/maps")
                .Select(l => l.IndexOf('/') is var at and >= 0 ? l[at..].Trim() : null)
                .FirstOrDefault(p => p is not null && Path.GetFileName(p).StartsWith(name, StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
