using System.Runtime.InteropServices;

namespace Synthesis.Models.Torch;

/// <summary>
/// glibc's allocator settings for a process that runs libtorch. By default glibc gives each thread that allocates
/// concurrently its own arena (up to 8 per core) and keeps freed memory in each: libtorch's per-batch buffers, freed
/// on one thread and wanted on another, then pile up as resident memory that no arena returns. Two arenas bound it
/// (the issue measured one peak fall from 9.9 to 3.3 GB with MALLOC_ARENA_MAX=2). Set by the program, before the model
/// loads, so that users need no environment variable; a no-op where the C library is not glibc.
/// </summary>
public static partial class NativeAllocator
{
    /// <summary>mallopt's M_ARENA_MAX.</summary>
    private const int ArenaMax = -8;

    public const int Arenas = 2;

    /// <summary>Limits glibc to <see cref="Arenas"/> arenas; true when the C library took the setting.</summary>
    public static bool LimitArenas()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Mallopt(ArenaMax, Arenas) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // musl and others have no mallopt
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int parameter, int value);
}
