using System.Text.Json;

namespace Synthesis.Data.Import;

/// <summary>One element of the source's "reactions" array: the record, or why it could not be read (with its DOI when it has one).</summary>
/// <summary><see cref="Json"/> is the record's own text as it stands in the file (kept for the curation export and the paragraph).</summary>
public sealed record SourceRecordResult(int Index, SourceReaction? Record, string? Error, string? Doi = null)
{
    public string? Json { get; init; }
}

/// <summary>
/// Reads the records of <c>{"release_date": ..., "reactions": [...]}</c> one at a time from a stream, holding only
/// the record being read in memory (the 85 MB source never becomes one string). A record whose JSON is valid but
/// whose fields have the wrong types comes back with an error; invalid JSON or a stream that breaks off stops the
/// reading with an <see cref="InvalidDataException"/> naming the record.
/// </summary>
public sealed class ReactionRecordReader(Stream stream)
{
    private static readonly JsonSerializerOptions Options = new() { AllowTrailingCommas = false };

    private enum Stage { Document, Properties, Records, Done }

    private byte[] _buffer = new byte[1 << 16];
    private int _start, _end;
    private bool _final;
    private bool _sawReactions;
    private JsonReaderState _state;
    private Stage _stage = Stage.Document;
    private int _index = -1;

    /// <summary>The next record, or null after the last.</summary>
    public SourceRecordResult? Next()
    {
        while (true)
        {
            if (_final && _stage == Stage.Document && _end == _start) throw new InvalidDataException("the file is empty");
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            SourceRecordResult? result;
            bool complete;
            try
            {
                complete = TryStep(ref reader, out result);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"invalid JSON at record {_index + 1} (0-based): {e.Message}", e);
            }
            if (!complete)
            {
                Refill();
                continue;
            }
            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (result is not null || _stage == Stage.Done) return result;
        }
    }

    /// <summary>Advances by one record (in <paramref name="result"/>) or one structural token; false when the buffer holds too little.</summary>
    private bool TryStep(ref Utf8JsonReader reader, out SourceRecordResult? result)
    {
        result = null;
        while (true)
        {
            switch (_stage)
            {
                case Stage.Done:
                    return true;
                case Stage.Document:
                    if (!reader.Read()) return false;
                    if (reader.TokenType != JsonTokenType.StartObject) throw Malformed("expected a JSON object with a \"reactions\" array");
                    _stage = Stage.Properties;
                    return true;
                case Stage.Properties:
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        if (!_sawReactions) throw Malformed("the file has no \"reactions\" array");
                        _stage = Stage.Done;
                        return true;
                    }
                    if (reader.ValueTextEquals("reactions"u8))
                    {
                        if (!reader.Read()) return false;
                        if (reader.TokenType != JsonTokenType.StartArray) throw Malformed("\"reactions\" is not an array");
                        _sawReactions = true;
                        _stage = Stage.Records;
                    }
                    else if (!reader.TrySkip()) return false;
                    return true;
                case Stage.Records:
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        _stage = Stage.Properties;
                        return true;
                    }
                    var start = reader;
                    if (!reader.TrySkip()) return false;
                    _index++;
                    var json = System.Text.Encoding.UTF8.GetString(_buffer, _start + (int)start.TokenStartIndex, (int)(reader.BytesConsumed - start.TokenStartIndex));
                    result = Deserialize(ref start) with { Json = json };
                    return true;
            }
        }
    }

    private SourceRecordResult Deserialize(ref Utf8JsonReader start)
    {
        if (start.TokenType != JsonTokenType.StartObject) return new(_index, null, "the record is not a JSON object");
        var raw = start;
        try
        {
            return new(_index, JsonSerializer.Deserialize<SourceReaction>(ref start, Options), null);
        }
        catch (JsonException e)
        {
            using var document = JsonDocument.ParseValue(ref raw);
            var doi = document.RootElement.TryGetProperty("doi", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return new(_index, null, $"a field has the wrong type ({e.Path}): {e.Message}", doi);
        }
    }

    private InvalidDataException Malformed(string reason) => new($"not a reaction dataset: {reason}");

    private void Refill()
    {
        if (_final)
            throw new InvalidDataException($"the file ends in the middle of the data (at record {_index + 1}): truncated download or copy?");
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            (_end, _start) = (_end - _start, 0);
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        int read;
        try
        {
            read = stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"the compressed file is truncated or corrupt (at record {_index + 1}, 0-based): {e.Message}", e);
        }
        _end += read;
        _final = read == 0;
    }
}
