namespace Synthesis.Chemistry.Wyckoff;

/// <summary>
/// The lattice centring of each of the 230 space groups as a Pearson symbol writes it: the first letter of the
/// Hermann–Mauguin symbol, with the one-face centrings A, B and C all written C (as Aflow labels do).
/// </summary>
/// <remarks>
/// Read off the short international symbols that spglib 2.0.2 lists for its 530 Hall settings (every setting of a
/// space group has the same centring letter after A/B/C → C); one character per space group, 1 first.
/// </remarks>
public static class SpaceGroupCentring
{
    private const string Letters =
        "PPPPCPPCCPPCPPCPPPPCCFIIPPPPPPPPPPCCCCCCCFFIIIPPPPPPPPPPPPPPPPCCCCCCFFIIIIPPPPIIPIPPPPIIPPPPPPPPIIPPPPPPPPIIII" +
        "PPPPPPPPIIIIPPPPPPPPPPPPPPPPIIIIPPPRPRPPPPPPRPPPPRRPPPPRRPPPPPPPPPPPPPPPPPPPPPPPPPPPPFIPIPPFFIPIPPFFIPPIPFIPFIPPPPFFFFII";

    public const int Count = 230;

    /// <summary>P, C, I, F or R for a space group 1–230.</summary>
    public static char Of(int spaceGroup) =>
        spaceGroup is >= 1 and <= Count ? Letters[spaceGroup - 1] : throw new ArgumentOutOfRangeException(nameof(spaceGroup), spaceGroup, "space groups are numbered 1–230");
}
