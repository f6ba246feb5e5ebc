using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Chronicle.Feeds;
using Chronicle.Fetching;

namespace Chronicle.Inputs;

/// <summary>Expands command-line arguments (files, folders, "-" for standard input) into a lazy stream of inputs and problems.</summary>
public sealed class InputCollector
{
    /// <summary>
    /// The most bytes read from one file or from standard input (after decompression); larger inputs are reported,
    /// not read, so that a stray disk image cannot exhaust memory. JSON Lines files are streamed and not capped.
    /// </summary>
    public const int MaxInputBytes = 64 * 1024 * 1024;

    private const string StandardInput = "stdin";

    private readonly Func<Stream> openStandardInput;
    private readonly Lazy<WebFetcher> fetcher;

    public InputCollector()
        : this(Console.OpenStandardInput)
    {
    }

    /// <summary>A collector that reads "-" from the given stream factory (for tests and hosts without a console) and URLs within the given limits.</summary>
    public InputCollector(Func<Stream> openStandardInput, FetchOptions? fetchOptions = null)
    {
        ArgumentNullException.ThrowIfNull(openStandardInput);
        this.openStandardInput = openStandardInput;
        fetcher = new Lazy<WebFetcher>(() => new WebFetcher(fetchOptions));
    }

    /// <summary>Whether a feed item that carries only a summary is read from its link (through the same fetcher as URLs) rather than from the summary.</summary>
    public bool FetchFeedLinks { get; init; }

    /// <summary>Every input the arguments name, in order; folders are read recursively in sorted order.</summary>
    public IEnumerable<InputItem> Collect(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var argument in arguments)
        {
            var items = argument == "-" ? FromStandardInput()
                : IsUrl(argument) ? FromUrl(argument)
                : Directory.Exists(argument) ? FromFolder(argument)
                : File.Exists(argument) ? FromFile(argument)
                : [InputItem.Of(new InputProblem(argument, "does not exist"))];
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static bool IsUrl(string argument) =>
        argument.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(argument, UriKind.Absolute, out _);

    /// <summary>One web page; its format comes from the server's media type, else from its content.</summary>
    private IEnumerable<InputItem> FromUrl(string url)
    {
        FetchResult result;
        try
        {
            result = fetcher.Value.Fetch(new Uri(url));
        }
        catch (FetchException e)
        {
            return [InputItem.Of(new InputProblem(url, e.Message))];
        }

        if (result.MediaType is "application/rss+xml" or "application/atom+xml" || FeedReader.LooksLikeFeed(result.Bytes))
        {
            return FromFeed(result.Bytes, url, result.Url);
        }

        var format = result.MediaType switch
        {
            "text/html" or "application/xhtml+xml" => InputFormat.Html,
            "text/plain" => InputFormat.PlainText,
            _ => ContentSniffer.Sniff(result.Bytes) ?? InputFormat.PlainText,
        };
        return [InputItem.Of(new RawInput
        {
            Source = url,
            Format = format,
            Bytes = result.Bytes,
            Charset = result.Charset,
            Url = result.Url.AbsoluteUri,
        })];
    }

    /// <summary>One input per item of a feed, or one problem naming the feed when it cannot be read.</summary>
    private IEnumerable<InputItem> FromFeed(byte[] bytes, string source, Uri? url)
    {
        Feed feed;
        try
        {
            feed = FeedReader.Parse(bytes, source, url);
        }
        catch (FeedException e)
        {
            return [InputItem.Of(new InputProblem(source, e.Message))];
        }

        return FeedInputs.Of(feed, FetchFeedLinks ? fetcher.Value : null);
    }

    private IEnumerable<InputItem> FromFolder(string folder)
    {
        IEnumerable<string> files;
        try
        {
            files = FilesUnder(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Of(new InputProblem(folder, $"cannot list folder: {e.Message}"))];
        }

        return files.SelectMany(FromFile);
    }

    private static List<string> FilesUnder(string folder)
    {
        // Depth-first with an explicit stack, so the order is that of a sorted tree listing.
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.TryPop(out var current))
        {
            foreach (var file in Directory.GetFiles(current).Where(f => !IsHidden(f)).Order(StringComparer.Ordinal))
            {
                files.Add(file);
            }

            foreach (var sub in Directory.GetDirectories(current).Where(d => !IsHidden(d)).OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(sub);
            }
        }

        return files;
    }

    private static bool IsHidden(string path) =>
        Path.GetFileName(path).StartsWith('.') || File.GetAttributes(path).HasFlag(FileAttributes.Hidden);

    private IEnumerable<InputItem> FromFile(string path)
    {
        var format = FormatOf(path);
        if (format is null)
        {
            return FromJsonLinesFile(path);
        }

        try
        {
            using var stream = Open(path);
            if (ReadBounded(stream) is not { } bytes)
            {
                return [TooLarge(path)];
            }

            ImmutableArray<InputProblem> warnings = IsGzip(path) && !GzipLengthMatches(path, bytes.Length)
                ? [new InputProblem(path, "compressed data ends early (truncated file?); read what was there")]
                : [];
            return IsFeedFile(path) || (format == InputFormat.PlainText && FeedReader.LooksLikeFeed(bytes))
                ? FromFeed(bytes, path, null)
                : [InputItem.Of(new RawInput { Source = path, Format = format.Value, Bytes = bytes, Warnings = warnings })];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return [InputItem.Of(new InputProblem(path, $"cannot read: {e.Message}"))];
        }
    }

    /// <summary>The format a file name implies, or null for JSON Lines; ".gz" is looked through.</summary>
    internal static InputFormat? FormatOf(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".jsonl" or ".ndjson" => null,
            _ => InputFormat.PlainText,
        };
    }

    private static bool IsFeedFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Path.GetExtension(name).ToLowerInvariant() is ".rss" or ".atom" or ".xml";
    }

    private static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    private static Stream Open(string path)
    {
        Stream stream = File.OpenRead(path);
        return IsGzip(path) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    /// <summary>
    /// Whether a gzip file's trailer gives the length that was decompressed (modulo 2^32, as the format stores it).
    /// .NET's decompressor stops quietly at the end of a cut-off file, so this is how a truncated download shows.
    /// </summary>
    private static bool GzipLengthMatches(string path, int decompressedLength)
    {
        // A gzip member is at least a 10-byte header and an 8-byte trailer.
        const int MinimumLength = 18;
        using var file = File.OpenRead(path);
        if (file.Length < MinimumLength)
        {
            return false;
        }

        Span<byte> trailer = stackalloc byte[4];
        file.Seek(-trailer.Length, SeekOrigin.End);
        file.ReadExactly(trailer);
        return BinaryPrimitives.ReadUInt32LittleEndian(trailer) == (uint)decompressedLength;
    }

    private static IEnumerable<InputItem> FromJsonLinesFile(string path)
    {
        Stream stream;
        try
        {
            stream = Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputItem.Of(new InputProblem(path, $"cannot read: {e.Message}"))];
        }

        return JsonLines(stream, path);
    }

    // Line by line, so a JSON Lines file of any size is never held in memory at once.
    private static IEnumerable<InputItem> JsonLines(Stream stream, string path)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        int number = 0;
        while (true)
        {
            string? line;
            InputProblem? failure = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                line = null;
                failure = new InputProblem($"{path}:{number + 1}", $"cannot read: {e.Message}");
            }

            if (failure is not null)
            {
                yield return InputItem.Of(failure);
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonLinesParser.Parse(line, $"{path}:{number}");
            }
        }
    }

    private IEnumerable<InputItem> FromStandardInput()
    {
        byte[]? bytes;
        try
        {
            using var stream = openStandardInput();
            bytes = ReadBounded(stream);
        }
        catch (IOException e)
        {
            return [InputItem.Of(new InputProblem(StandardInput, $"cannot read: {e.Message}"))];
        }

        if (bytes is null)
        {
            return [TooLarge(StandardInput)];
        }

        if (FeedReader.LooksLikeFeed(bytes))
        {
            return FromFeed(bytes, StandardInput, null);
        }

        var format = ContentSniffer.Sniff(bytes);
        return format switch
        {
            null => ContentSniffer.Lines(bytes)
                .Select((line, index) => (line, number: index + 1))
                .Where(l => !string.IsNullOrWhiteSpace(l.line))
                .Select(l => JsonLinesParser.Parse(l.line, $"{StandardInput}:{l.number}")),
            _ => [InputItem.Of(new RawInput { Source = StandardInput, Format = format.Value, Bytes = bytes })],
        };
    }

    private static byte[]? ReadBounded(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxInputBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static InputItem TooLarge(string source) =>
        InputItem.Of(new InputProblem(source, $"larger than {MaxInputBytes / (1024 * 1024)} MB, not read"));
}
