using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Web.Shared.Display;

namespace Plateforme.Web.Tests.Components;

public sealed class BrowserHtmlTests : ComponentTestContext
{
    private BrowserHtml Html => Services.GetRequiredService<BrowserHtml>();

    [Fact]
    public void Without_a_circuit_the_block_is_written_in_place_and_nothing_is_sent()
    {
        var held = Html.Hand("<p>Fonds jeunesse</p>", interactive: false);

        Assert.Equal("<p>Fonds jeunesse</p>", held.Inline?.Value);
        Assert.Empty(JSInterop.Invocations);
    }

    [Fact]
    public void Once_interactive_the_block_is_sent_to_the_browser_and_only_its_key_is_kept()
    {
        var held = Html.Hand("<p>Région Hauts-de-France</p>", interactive: true);

        Assert.Null(held.Inline);
        var sent = Assert.Single(JSInterop.Invocations);
        Assert.Equal("plateformeHeldHtml.stage", sent.Identifier);
        Assert.Equal(held.Key, sent.Arguments[0]);
        Assert.Equal("<p>Région Hauts-de-France</p>", Encoding.UTF8.GetString((byte[])sent.Arguments[1]!));
    }

    [Fact]
    public void The_same_block_drawn_again_keeps_its_key_so_the_page_leaves_it_as_it_is()
    {
        var first = Html.Hand("<ul><li>Association</li></ul>", interactive: true);
        var again = Html.Hand("<ul><li>Association</li></ul>", interactive: true);
        var other = Html.Hand("<ul><li>Commune</li></ul>", interactive: true);

        Assert.Equal(first.Key, again.Key);
        Assert.NotEqual(first.Key, other.Key);
    }
}
