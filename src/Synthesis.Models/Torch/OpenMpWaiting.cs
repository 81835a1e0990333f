using System.Runtime.InteropServices;

namespace Synthesis.Models.Torch;

/// <summary>
/// How libtorch's OpenMP threads wait between parallel regions. By default they spin for a while, which on a busy
/// machine steals the core from the thread they wait for: measured here, a server sharing 2 cores with a few builds
/// fell from ~48 to ~0.3 Predict calls a second (≈150×) while its OpenMP threads spun. Passive waiting (sleep at once)
/// costs nothing measurable on idle cores. Set by the program before libtorch loads — OpenMP reads its environment
/// once, when the library is loaded — so that users need no environment variable; a value the user set is kept.
/// .NET keeps its own copy of the environment, so this goes through the C library's setenv.
/// </summary>
public static partial class OpenMpWaiting
{
    public const string Variable = "OMP_WAIT_POLICY";

    /// <summary>Sets OMP_WAIT_POLICY=PASSIVE unless already set; true when the C library took it.</summary>
    public static bool Passive()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return SetEnvironment(Variable, "PASSIVE", overwrite: 0) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The value the C library (hence OpenMP) sees, or null when unset.</summary>
    public static string? Current() => OperatingSystem.IsLinux() ? Marshal.PtrToStringUTF8(GetEnvironment(Variable)) : null;

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint GetEnvironment(string name);

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvironment(string name, string value, int overwrite);
}
