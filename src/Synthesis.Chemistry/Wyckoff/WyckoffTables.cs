using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// The Wyckoff positions of the 230 space groups as datasets/wyckoff ships them (Goodall et al., Sci. Adv. 8,
/// eabn4117, 2022): each position's multiplicity in the conventional cell (hexagonal axes for R groups), its number
/// of free parameters, its 444-d embedding (bra-alg-off.json: one-hots of Bravais lattice, algebraic form and offset)
/// and, per space group, the permutations of letters that describe the same structure. Loaded once from the
/// assembly's resources; immutable afterwards.
/// </summary>
public sealed class WyckoffTables
{
    /// <summary>Length of one Wyckoff position's embedding vector.</summary>
    public const int EmbeddingDimension = 444;

    /// <summary>Letters a–z and A: the most positions a space group has (47, Pmmm).</summary>
    private const int MaxLetters = 27;

    private static readonly Lazy<WyckoffTables> Shared = new(Load);

    private readonly int[][] _multiplicity;        // [space group][rank] → multiplicity, 0 where no such letter
    private readonly int[][] _freeParameters;      // [space group][rank]
    private readonly float[][][] _embedding;       // [space group][rank] → 444 values (empty where no such letter)
    private readonly char[][][] _relabelings;      // [space group][k][rank] → the letter rank becomes under permutation k

    private WyckoffTables(int[][] multiplicity, int[][] freeParameters, float[][][] embedding, char[][][] relabelings)
    {
        _multiplicity = multiplicity;
        _freeParameters = freeParameters;
        _embedding = embedding;
        _relabelings = relabelings;
    }

    public static WyckoffTables Default => Shared.Value;

    /// <summary>Whether the space group (1–230) has a Wyckoff position with this letter.</summary>
    public bool HasPosition(int spaceGroup, char letter) =>
        spaceGroup is >= 1 and <= SpaceGroupCentring.Count && WyckoffOccupation.Rank(letter) is >= 0 and var rank && _multiplicity[spaceGroup][rank] > 0;

    /// <summary>Sites of one orbit of the position in the conventional cell (hexagonal axes for R groups).</summary>
    public int Multiplicity(int spaceGroup, char letter) => _multiplicity[spaceGroup][Checked(spaceGroup, letter)];

    /// <summary>Free coordinates of the position: 0 for a fixed point, which one element can occupy only once.</summary>
    public int FreeParameters(int spaceGroup, char letter) => _freeParameters[spaceGroup][Checked(spaceGroup, letter)];

    /// <summary>The position's 444-d embedding.</summary>
    public ReadOnlySpan<float> Embedding(int spaceGroup, char letter) => EmbeddingMemory(spaceGroup, letter).Span;

    /// <summary>The same embedding as memory a node can keep without a copy.</summary>
    public ReadOnlyMemory<float> EmbeddingMemory(int spaceGroup, char letter) => _embedding[spaceGroup][Checked(spaceGroup, letter)];

    /// <summary>The letters of a space group's positions, in the International Tables' order.</summary>
    public IEnumerable<char> Letters(int spaceGroup) =>
        Enumerable.Range(0, MaxLetters).Where(r => _multiplicity[spaceGroup][r] > 0).Select(LetterOf);

    /// <summary>
    /// The equivalent relabellings of a space group: each maps every letter to the letter the same structure gets
    /// under another choice of origin or axes (the identity is among them).
    /// </summary>
    public IReadOnlyList<Func<char, char>> Relabelings(int spaceGroup) =>
        _relabelings[spaceGroup].Select(map => (Func<char, char>)(letter => map[WyckoffOccupation.Rank(letter)])).ToArray();

    private int Checked(int spaceGroup, char letter) =>
        HasPosition(spaceGroup, letter) ? WyckoffOccupation.Rank(letter)
            : throw new ArgumentException($"space group {spaceGroup} has no Wyckoff position '{letter}'");

    private static char LetterOf(int rank) => rank < 26 ? (char)('a' + rank) : 'A';

    private static WyckoffTables Load()
    {
        var groups = SpaceGroupCentring.Count + 1;
        var multiplicity = NewTable<int>(groups);
        var freeParameters = NewTable<int>(groups);
        var embedding = NewTable<float[]>(groups, []);
        var relabelings = new char[groups][][];
        relabelings[0] = [];

        using (var json = Parse("wyckoff/wyckoff-multiplicities.json"))
            ForEachPosition(json, (g, r, value) => multiplicity[g][r] = int.Parse(value.GetString()!, CultureInfo.InvariantCulture));
        using (var json = Parse("wyckoff/wyckoff-params.json"))
            ForEachPosition(json, (g, r, value) => freeParameters[g][r] = value.GetInt32());
        using (var json = Parse("wyckoff/bra-alg-off.json"))
            ForEachPosition(json, (g, r, value) => embedding[g][r] = value.EnumerateArray().Select(v => v.GetSingle()).ToArray());
        using (var json = Parse("wyckoff/wyckoff-relabelings.json"))
            foreach (var group in json.RootElement.EnumerateObject())
                relabelings[int.Parse(group.Name, CultureInfo.InvariantCulture)] = group.Value.EnumerateArray()
                    .Select(permutation =>
                    {
                        var map = new char[MaxLetters];
                        foreach (var pair in permutation.EnumerateObject())
                            map[WyckoffOccupation.Rank((char)int.Parse(pair.Name, CultureInfo.InvariantCulture))] = pair.Value.GetString()![0];
                        return map;
                    }).ToArray();

        for (var g = 1; g < groups; g++)
            for (var r = 0; r < MaxLetters; r++)
                if ((multiplicity[g][r] > 0) != (embedding[g][r].Length == EmbeddingDimension)
                    || relabelings[g] is null || relabelings[g].Any(map => (map[r] != '\0') != (multiplicity[g][r] > 0)))
                    throw new InvalidOperationException($"datasets/wyckoff disagree about position {LetterOf(r)} of space group {g}");
        return new WyckoffTables(multiplicity, freeParameters, embedding, relabelings);
    }

    private static T[][] NewTable<T>(int groups, T fill = default!) =>
        Enumerable.Range(0, groups).Select(_ => Enumerable.Repeat(fill, MaxLetters).ToArray()).ToArray();

    /// <summary>Calls <paramref name="read"/> for each "space group → letter → value" entry (space group 0, "Null", skipped).</summary>
    private static void ForEachPosition(JsonDocument json, Action<int, int, JsonElement> read)
    {
        foreach (var group in json.RootElement.EnumerateObject())
        {
            var number = int.Parse(group.Name, CultureInfo.InvariantCulture);
            if (number == 0) continue;
            foreach (var position in group.Value.EnumerateObject())
                read(number, WyckoffOccupation.Rank(position.Name[0]), position.Value);
        }
    }

    private static JsonDocument Parse(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Wyckoff data '{resource}' is missing from the build");
        return JsonDocument.Parse(stream);
    }
}
