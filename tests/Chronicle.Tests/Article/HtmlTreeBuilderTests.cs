using System.Text;
using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

/// <summary>The light HTML parser builds the tree browsers build, where that decides which text belongs together.</summary>
public sealed class HtmlTreeBuilderTests
{
    [Theory]
    [InlineData("<p>one<p>two", "body(p(one) p(two))")]
    [InlineData("<p>one<div>two</div>", "body(p(one) div(two))")]
    [InlineData("<ul><li>one<li>two</ul>after", "body(ul(li(one) li(two)) after)")]
    [InlineData("<dl><dt>term<dd>meaning<dt>next</dl>", "body(dl(dt(term) dd(meaning) dt(next)))")]
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>", "body(table(tr(td(a) td(b)) tr(td(c))))")]
    [InlineData("<h2>one<h3>two</h2>three", "body(h2(one) h3(two) three)")]
    [InlineData("<a href=x>one<a href=y>two</a>", "body(a(one) a(two))")]
    public void ImpliedEndTagsCloseElementsAsInBrowsers(string html, string expected) =>
        Assert.Equal(expected, Shape(html));

    [Theory]
    [InlineData("<div><span>one</div>two", "body(div(span(one)) two)")]
    [InlineData("<div>one</span>two</div>", "body(div(one two))")]
    [InlineData("<table><tr><td><div>one</td><td>two</td></tr></table>", "body(table(tr(td(div(one)) td(two))))")]
    [InlineData("<div><table><tr><td>one</div>two</td></tr></table></div>", "body(div(table(tr(td(one two)))))")]
    public void StrayEndTagsAreIgnoredOrCloseWhatTheyMayClose(string html, string expected) =>
        Assert.Equal(expected, Shape(html));

    [Theory]
    [InlineData("<script>if (a < b && c > d) { x = '</p>'; }</script><p>text", "body(p(text))")]
    [InlineData("<div><style>p > a { color: red }</style>text</div>", "body(div(style(p > a { color: red }) text))")]
    [InlineData("<div><SCRIPT>x<y</script >text</div>", "body(div(script(x<y) text))")]
    [InlineData("<div><!-- <p>hidden</p> -->shown</div>", "body(div(shown))")]
    [InlineData("<div><![CDATA[x]]>shown<?php echo 1; ?></div>", "body(div(shown))")]
    [InlineData("<p>1 < 2 and 3 <= 4</p>", "body(p(1 < 2 and 3 <= 4))")]
    [InlineData("<p>one<br>two<img src=a.png>three<hr>four", "body(p(one br two img three) hr four)")]
    [InlineData("<svg><path d='M0'/><title>icon</title></svg><p>text", "body(svg(path title(icon)) p(text))")]
    [InlineData("<div/>text</div>", "body(div(text))")]
    public void RawTextCommentsAndVoidElementsAreReadAsBrowsersReadThem(string html, string expected) =>
        Assert.Equal(expected, Shape(html));

    [Fact]
    public void HeadContentGoesInTheHeadAndEverythingElseInTheBody()
    {
        var document = HtmlTreeBuilder.Parse("<!DOCTYPE html><html lang=en><meta charset=utf-8><title>A &amp; B</title>\n<link rel=x>Text<meta name=late></html><p>after");
        Assert.Equal("html(head(meta title(A & B) link) body(Text meta p(after)))", Shape(document.Root));
        Assert.Equal("en", document.Root.GetAttribute("lang"));
    }

    [Fact]
    public void AttributesAreReadInEveryFormAndDecoded()
    {
        var document = HtmlTreeBuilder.Parse("<div ID=\"a&amp;b\" class='x y' data-n=3 hidden title = \"1 > 0\" id=second>t</div>");
        var div = Assert.IsType<HtmlElement>(Assert.Single(document.Body!.ChildNodes));
        Assert.Equal("a&b", div.Id);
        Assert.Equal("x y", div.ClassName);
        Assert.Equal("3", div.GetAttribute("data-n"));
        Assert.True(div.HasAttribute("hidden"));
        Assert.Equal(string.Empty, div.GetAttribute("hidden"));
        Assert.Equal("1 > 0", div.GetAttribute("TITLE"));
        Assert.Null(div.GetAttribute("style"));
    }

    [Fact]
    public void CharacterReferencesInTextAreDecoded() =>
        Assert.Equal("body(p(“Fish & chips” — £5 ©))", Shape("<p>&ldquo;Fish &amp; chips&#8221; &mdash; &#xA3;5 &copy;</p>"));

    [Theory]
    [InlineData("<p>cut off <a href=\"x", "body(p(cut off ))")]
    [InlineData("<p>cut off <!-- never closed <p>x", "body(p(cut off ))")]
    [InlineData("<p>cut off <script>var a = 1;", "body(p(cut off  script(var a = 1;)))")]
    [InlineData("<p>text</", "body(p(text</))")]
    [InlineData("<", "body(<)")]
    public void APageCutOffAnywhereStillParses(string html, string expected) =>
        Assert.Equal(expected, Shape(html));

    [Fact]
    public void NestingPastTheCapIsFlattenedInLinearTime()
    {
        const int Depth = 100_000;
        var html = new StringBuilder();
        html.Insert(0, "<div>", Depth).Append("<p>deep</p>").Insert(html.Length, "</div>", Depth).Append("<p>after</p>");
        var document = HtmlTreeBuilder.Parse(html.ToString());
        Assert.True(document.Flattened);
        var deepest = document.Body!;
        int depth = 0;
        while (deepest.ChildNodes.OfType<HtmlElement>().FirstOrDefault(e => e.LocalName == "div") is { } child)
        {
            deepest = child;
            depth++;
        }

        Assert.True(depth < HtmlTreeBuilder.MaxDepth, $"depth {depth}");
        Assert.Equal("div(deep)", Shape(deepest));
        Assert.Equal("p(after)", Shape((HtmlElement)document.Body!.ChildNodes[^1]));
    }

    private static string Shape(string html) => HtmlTreeBuilder.Parse(html).Body is { } body ? Shape(body) : string.Empty;

    /// <summary>The tree as name(children), text as itself; whitespace-only text left out.</summary>
    private static string Shape(HtmlElement element)
    {
        var children = element.ChildNodes
            .Select(c => c is HtmlElement e ? Shape(e) : ((HtmlText)c).Data)
            .Where(c => !string.IsNullOrWhiteSpace(c));
        return element.ChildNodes.Count == 0 ? element.LocalName : $"{element.LocalName}({string.Join(' ', children)})";
    }
}
