using System.Text;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Bench.Reliability;

/// <summary>
/// Generates hostile requests from a seed (the same seed, the same requests): nested brackets by the thousand,
/// strings up to 10^6 characters, random unicode, NaN/∞/huge numbers, 10^4 precursors, unknown actions, malformed
/// ids and page tokens — mixed with valid values, so that a request gets past some checks and fails at another.
/// The expensive shapes (huge strings, huge lists) are rare, to keep a run of thousands to seconds.
/// </summary>
public sealed class HostileInput(int seed)
{
    private readonly Random _random = new(seed);
    private static readonly string[] Formulas = ["NiO", "Na2O2", "Li2CO3", "Co3O4", "BaCO3", "TiO2", "Es2O3", "Fe2(SO4)3·5H2O", "La0.6Sr0.4MnO3"];
    private static readonly string[] Actions = ["mixing", "heating", "drying", "quenching", "Heating", "boiling", ""];

    /// <summary>One field in five is hostile, so that about a fifth of the requests pass every check and reach the model.</summary>
    private bool Hostile() => _random.Next(5) == 0;

    public string Text() => Hostile() ? HostileText() : Pick(Formulas);

    private string HostileText()
    {
        return _random.Next(12) switch
        {
            0 => new string('(', Size()) + "Fe" + new string(')', _random.Next(2) * Size()),
            1 => Chars(Size(), ascii: true),
            2 => Chars(_random.Next(1, 64), ascii: false),
            3 => "Fe" + new string('9', _random.Next(200, 400)) + "O",
            4 => "Fe1.7e308Fe1.7e308",
            5 => "Fe" + double.MaxValue.ToString("R") + "O",
            6 => "",
            7 => " \t\n ",
            8 => string.Concat(Enumerable.Repeat("Fe999999", _random.Next(1, 40))),
            9 => "((((((((((((((((((Fe))))))))))))))))))",
            10 => "\0\u202e\ud83d\ude00\uffff",
            _ => Pick(Actions),
        };
    }

    public string Action() => Hostile() ? HostileText() : Pick(Actions[..4]);

    public double Number() => !Hostile() ? 0.5 + _random.NextDouble() * 10 : _random.Next(8) switch
    {
        0 => double.NaN,
        1 => double.PositiveInfinity,
        2 => double.NegativeInfinity,
        3 => double.MaxValue,
        4 => -1,
        5 => 0,
        6 => double.Epsilon,
        _ => 1e300,
    };

    public int Integer() => !Hostile() ? _random.Next(0, 12) : _random.Next(6) switch
    {
        0 => int.MinValue,
        1 => int.MaxValue,
        2 => -1,
        3 => 0,
        4 => _random.Next(1000, 100_000),
        _ => _random.Next(40, 60),
    };

    public int Count() => !Hostile() ? _random.Next(2, 5) : _random.Next(4) switch
    {
        0 => 10_000,
        1 => 0,
        2 => 1,
        _ => 11,
    };

    public Proto.ReactionQuery? Query()
    {
        if (Hostile() && _random.Next(4) == 0) return null;
        var query = new Proto.ReactionQuery();
        var count = Count();
        for (var i = 0; i < count; i++)
        {
            // 10^4 precursors of 10^6 characters would be 10 GB: long lists get short formulas.
            var precursor = new Proto.Precursor { Formula = count > 100 ? Pick(Formulas) : Text() };
            if (_random.Next(3) == 0) precursor.Amount = Number();
            query.Precursors.Add(precursor);
        }
        var actions = Hostile() && _random.Next(2) == 0 ? 10_000 : _random.Next(0, 4);
        for (var i = 0; i < actions; i++) query.Actions.Add(actions > 100 ? Pick(Actions) : Action());
        return query;
    }

    public Proto.PredictRequest Predict() => new() { Query = Query(), Neighbours = Integer(), Candidates = Integer() };

    public Proto.PredictBatchRequest Batch()
    {
        var request = new Proto.PredictBatchRequest { Neighbours = Integer(), Candidates = Integer() };
        var size = Hostile() ? _random.Next(900, 5_000) : _random.Next(1, 4);
        for (var i = 0; i < size; i++) request.Queries.Add(size > 100 ? Valid() : Query() ?? new Proto.ReactionQuery());
        return request;
    }

    public Proto.SimilarReactionsRequest Similar()
    {
        var request = new Proto.SimilarReactionsRequest { K = Integer() };
        switch (_random.Next(3))
        {
            case 0: request.ReactionId = Id(); break;
            case 1: request.Query = Query() ?? new Proto.ReactionQuery(); break;
        }
        return request;
    }

    public Proto.SearchReactionsRequest Search()
    {
        var request = new Proto.SearchReactionsRequest { Text = Hostile() ? HostileText() : Pick(Formulas), PageSize = Integer(), MinScore = Integer(), PageToken = Token() };
        request.IncludeElements.Add(Elements());
        request.ExcludeElements.Add(Elements());
        return request;
    }

    public Proto.GetReactionRequest Get() => new() { ReactionId = Id() };

    private string Id() => _random.Next(4) switch
    {
        0 => "r" + Convert.ToHexString(Bytes(6)).ToLowerInvariant(),
        1 => "r" + Convert.ToHexString(Bytes(6)).ToLowerInvariant() + "-" + Integer(),
        _ => HostileText(),
    };

    public string Token() => !Hostile() ? "" : _random.Next(3) switch
    {
        1 => Convert.ToBase64String(Bytes(_random.Next(1, 200))),
        2 => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Integer()}:{Chars(16, ascii: true)}")).TrimEnd('='),
        _ => HostileText(),
    };

    private IEnumerable<string> Elements() => !Hostile() ? (_random.Next(3) == 0 ? ["O"] : []) : _random.Next(3) switch
    {
        0 => Enumerable.Repeat("Li", 10_000),
        1 => [HostileText()],
        _ => ["Li", "Co", "O"],
    };

    private Proto.ReactionQuery Valid() => new()
    {
        Precursors = { new Proto.Precursor { Formula = Pick(Formulas) }, new Proto.Precursor { Formula = Pick(Formulas) } },
        Actions = { "mixing", "heating" },
    };

    /// <summary>Mostly short; one in 50 of 10^6 characters.</summary>
    private int Size() => _random.Next(50) == 0 ? 1_000_000 : _random.Next(1, 20_000);

    private string Chars(int length, bool ascii)
    {
        var builder = new StringBuilder(length);
        // Any code point but lone surrogates, which protobuf cannot encode as UTF-8 (the client refuses to send them).
        for (var i = 0; i < length; i++) builder.Append(ascii ? (char)_random.Next(32, 127) : (char)_random.Next(0, 0xD800));
        return builder.ToString();
    }

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
