namespace Synthesis.Chemistry.Structures.Cif;

/// <summary>
/// Splits CIF text into its first data block (CIF 1.1 syntax, the subset crystal-structure files use): "data_"
/// names a block, "_tag value" is an item, "loop_" is followed by its tags and then their values row by row,
/// values may be quoted with ' or " (a quote closes only before whitespace), '#' starts a comment, and text fields
/// between lines that start with ';' are skipped (they hold prose, never the numbers read here). Reading stops at
/// a second "data_".
/// </summary>
internal static class CifSyntax
{
    public static CifBlock Parse(string text, Func<string, Exception> error)
    {
        var tokens = Tokens(text, error).GetEnumerator();
        var block = new CifBlock();
        var seenData = false;
        var pending = Next(tokens);
        while (pending is { } token)
        {
            if (token.Value.StartsWith("data_", StringComparison.OrdinalIgnoreCase) && !token.Quoted)
            {
                if (seenData) break;
                seenData = true;
                pending = Next(tokens);
            }
            else if (token.Value.Equals("loop_", StringComparison.OrdinalIgnoreCase) && !token.Quoted)
                pending = ReadLoop(tokens, block, token.Line, error);
            else if (token.Value.StartsWith('_') && !token.Quoted)
            {
                var value = Next(tokens) ?? throw error($"line {token.Line}: {InputLimits.Echo(token.Value)} has no value");
                if (IsKeyword(value)) throw error($"line {token.Line}: {InputLimits.Echo(token.Value)} has no value");
                block.Items[token.Value.ToLowerInvariant()] = value.Value;
                pending = Next(tokens);
            }
            else throw error($"line {token.Line}: unexpected '{InputLimits.Echo(token.Value)}' outside a loop");
        }
        if (!seenData) throw error("no data_ block");
        return block;
    }

    private static Token? ReadLoop(IEnumerator<Token> tokens, CifBlock block, int line, Func<string, Exception> error)
    {
        var tags = new List<string>();
        var token = Next(tokens);
        while (token is { Quoted: false } t && t.Value.StartsWith('_'))
        {
            tags.Add(t.Value.ToLowerInvariant());
            token = Next(tokens);
        }
        if (tags.Count == 0) throw error($"line {line}: loop_ without tags");
        var values = new List<string>();
        while (token is { } v && !IsKeyword(v))
        {
            values.Add(v.Value);
            token = Next(tokens);
        }
        if (values.Count % tags.Count != 0)
            throw error($"line {line}: the loop of {InputLimits.Echo(tags[0])} has {values.Count} values, not a multiple of its {tags.Count} tags");
        block.Loops.Add(new CifLoop(tags, values.Chunk(tags.Count).ToArray()));
        return token;
    }

    private static bool IsKeyword(Token token) =>
        !token.Quoted && (token.Value.StartsWith('_') || token.Value.Equals("loop_", StringComparison.OrdinalIgnoreCase)
                          || token.Value.StartsWith("data_", StringComparison.OrdinalIgnoreCase));

    private static Token? Next(IEnumerator<Token> tokens) => tokens.MoveNext() ? tokens.Current : null;

    private readonly record struct Token(string Value, bool Quoted, int Line);

    private static IEnumerable<Token> Tokens(string text, Func<string, Exception> error)
    {
        var lines = text.Split('\n');
        var inTextField = false;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.StartsWith(';'))
            {
                inTextField = !inTextField;
                if (!inTextField) yield return new Token("", true, n + 1);   // the field's value, once it is closed
                continue;
            }
            if (inTextField) continue;
            var i = 0;
            while (i < line.Length)
            {
                if (char.IsWhiteSpace(line[i])) { i++; continue; }
                if (line[i] == '#') break;
                if (line[i] is '\'' or '"')
                {
                    var quote = line[i];
                    var end = i + 1;
                    while (end < line.Length && !(line[end] == quote && (end + 1 == line.Length || char.IsWhiteSpace(line[end + 1])))) end++;
                    if (end >= line.Length) throw error($"line {n + 1}: a quoted value is not closed");
                    yield return new Token(line[(i + 1)..end], true, n + 1);
                    i = end + 1;
                    continue;
                }
                var start = i;
                while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
                yield return new Token(line[start..i], false, n + 1);
            }
        }
        if (inTextField) throw error("a ';' text field is not closed");
    }
}
