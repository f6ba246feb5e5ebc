using System.Collections.Immutable;

namespace Chronicle.Inputs;

/// <summary>One article as it arrived, before reading: its bytes or text, its format, and what its source said about it.</summary>
public sealed record RawInput
{
    /// <summary>A path, URL, "stdin", or "file.jsonl:12" (line number).</summary>
    public required string Source { get; init; }

    public required InputFormat Format { get; init; }

    /// <summary>Undecoded content; null when the input arrived as text (a JSON Lines field).</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>Decoded content, when the input arrived as text.</summary>
    public string? Text { get; init; }

    /// <summary>The character encoding the server declared (HTTP Content-Type), which outranks one declared in the page.</summary>
    public string? Charset { get; init; }

    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public DateOnly? Published { get; init; }

    public ImmutableArray<string> Byline { get; init; } = [];

    /// <summary>Things the collector noticed but could read past, such as an unparsable date field.</summary>
    public ImmutableArray<InputProblem> Warnings { get; init; } = [];
}

/// <summary>How an input's content is to be read.</summary>
public enum InputFormat
{
    PlainText,
    Html,
}

/// <summary>An input that could not be read, with a message that names it and says what to do.</summary>
public sealed record InputProblem(string Source, string Message)
{
    public override string ToString() => $"{Source}: {Message}";
}
