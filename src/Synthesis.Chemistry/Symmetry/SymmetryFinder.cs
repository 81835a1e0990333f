using System.Runtime.InteropServices;
using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Structures;

namespace Synthesis.Chemistry.Symmetry;

/// <summary>
/// Finds the space group and Wyckoff positions of a structure with spglib through P/Invoke (Debian package
/// libsymspg1; <c>scripts/setup.sh</c> installs it). Calls are serialised: spglib keeps its last error in a global.
/// </summary>
public static class SymmetryFinder
{
    private const string WyckoffAlphabet = "abcdefghijklmnopqrstuvwxyzA";
    private static readonly Lock Gate = new();
    private static bool _versionChecked;

    /// <summary>The symmetry of <paramref name="structure"/>; a <see cref="StructureException"/> when spglib finds none.</summary>
    public static SymmetryDataset Find(CrystalStructure structure, SymmetryTolerance? tolerance = null)
    {
        tolerance ??= SymmetryTolerance.Default;
        var rows = structure.Lattice.Matrix;
        var columns = new double[9];
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                columns[3 * i + j] = rows[j, i];
        var positions = structure.Sites.SelectMany(s => new[] { s.X, s.Y, s.Z }).ToArray();
        var types = structure.Sites.Select(s => PeriodicTable.AtomicNumber(s.Element)).ToArray();

        lock (Gate)
        {
            EnsureSupportedVersion();
            var pointer = SpglibNative.GetDataset(columns, positions, types, types.Length, tolerance.Distance, tolerance.AngleDegrees);
            try
            {
                var native = pointer == IntPtr.Zero ? default : Marshal.PtrToStructure<SpglibDatasetNative>(pointer);
                if (pointer == IntPtr.Zero || native.SpacegroupNumber is < 1 or > 230)
                    throw new StructureException("structure", $"spglib found no space group ({ErrorMessage()}; symprec {tolerance.Distance} Å)");
                if (native.AtomCount != types.Length) throw new InvalidOperationException($"spglib returned {native.AtomCount} atoms for {types.Length}");
                var wyckoffs = Integers(native.Wyckoffs, native.AtomCount);
                return new SymmetryDataset(native.SpacegroupNumber, native.InternationalSymbol,
                    wyckoffs.Select(w => WyckoffAlphabet[w]).ToArray(), Integers(native.EquivalentAtoms, native.AtomCount), native.StandardAtomCount);
            }
            finally
            {
                if (pointer != IntPtr.Zero) SpglibNative.FreeDataset(pointer);
            }
        }
    }

    private static int[] Integers(IntPtr array, int count)
    {
        var values = new int[count];
        Marshal.Copy(array, values, 0, count);
        return values;
    }

    private static string ErrorMessage() => Marshal.PtrToStringAnsi(SpglibNative.GetErrorMessage(SpglibNative.GetErrorCode())) ?? "no reason given";

    /// <summary>The dataset layout read here is spglib 2.0's; another version is refused rather than misread.</summary>
    private static void EnsureSupportedVersion()
    {
        if (_versionChecked) return;
        int major, minor;
        try
        {
            (major, minor) = (SpglibNative.GetMajorVersion(), SpglibNative.GetMinorVersion());
        }
        catch (DllNotFoundException)
        {
            throw new InvalidOperationException($"spglib is not installed: {SpglibNative.Library} not found (Debian: apt-get install libsymspg1, or run scripts/setup.sh)");
        }
        if (major != 2 || minor != 0)
            throw new InvalidOperationException($"spglib {major}.{minor} found; this bridge reads the SpglibDataset layout of spglib 2.0 (Debian 12's libsymspg1)");
        _versionChecked = true;
    }
}
