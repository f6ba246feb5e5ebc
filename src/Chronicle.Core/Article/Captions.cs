using System.Text.RegularExpressions;

namespace Chronicle.Articles;

/// <summary>Recognises paragraphs written as photo captions by the conventions wire services and broadcasters use.</summary>
internal static partial class Captions
{
    // Captions are a sentence or two; a long paragraph that happens to end in a photo credit is article text.
    private const int MaxCaptionWords = 80;
    private const int MaxCaptionLength = 800;

    public static bool LooksLikeCaption(string paragraph) =>
        paragraph.Length <= MaxCaptionLength
        && paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxCaptionWords
        && CaptionPattern().IsMatch(paragraph);

    // "(FILE) ...", "FILE - ...", "FILE PHOTO: ...", "Photo: ...", "... (AP Photo/Name)", "... REUTERS/Name".
    [GeneratedRegex(
        @"^\s*\((file|file photo)\)"
        + @"|^\s*file( photo)?\s*[-–—:]"
        + @"|^\s*(photo|image|picture|photograph)( credit)?\s*:"
        + @"|\((ap|afp|reuters|getty|epa|xinhua|ap\s*/\s*\w+)?\s*(photo|images?)\s*/[^)]*\)\s*$"
        + @"|\b(REUTERS|AFP|EPA)\s*/\s*[A-Z][\w.\- ]+\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPattern();
}
