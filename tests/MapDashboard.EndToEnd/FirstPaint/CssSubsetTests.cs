using Xunit;

namespace MapDashboard.EndToEnd.FirstPaint;

public class CssSubsetTests
{
    private static string Keep(string css, params string[] classes) => CssSubset.Keep(css, classes.ToHashSet());

    [Fact]
    public void A_rule_naming_a_class_no_element_has_is_dropped_and_one_naming_present_classes_is_kept()
    {
        Assert.Equal(".a .b{color:red}", Keep(".a .b{color:red}.a .c{color:blue}", "a", "b"));
    }

    [Fact]
    public void Only_the_selectors_that_can_match_stay_in_a_selector_list()
    {
        Assert.Equal(".a{margin:0}", Keep(".a,.c{margin:0}", "a"));
    }

    [Fact]
    public void Negations_functional_pseudo_classes_and_attribute_values_never_make_a_class_necessary()
    {
        const string css = ".a:not(.x){top:0}.a:is(.y,.z){left:0}a[href$=\".pdf\"]{right:0}";
        Assert.Equal(css, Keep(css, "a"));
    }

    [Fact]
    public void Rules_without_classes_and_keyframes_are_kept_and_media_queries_keep_their_wrapper()
    {
        const string css = "*{box-sizing:border-box}@keyframes spin{0%{top:0}100%{top:1px}}@media (min-width:600px){.a{top:0}.b{top:1px}}@media print{.b{top:0}}";
        Assert.Equal("*{box-sizing:border-box}@keyframes spin{0%{top:0}100%{top:1px}}@media (min-width:600px){.a{top:0}}", Keep(css, "a"));
    }

    [Fact]
    public void Escaped_class_names_and_braces_in_strings_are_read_as_css_reads_them()
    {
        Assert.Equal(".hover\\:mud-x:hover{content:\"{\"}", Keep(".hover\\:mud-x:hover{content:\"{\"}.other{top:0}", "hover:mud-x"));
    }

    [Fact]
    public void Class_names_come_from_every_class_attribute_of_the_page()
    {
        var classes = CssSubset.ClassesIn("<div class=\"mud-a  mud-b\"><svg class='x'></svg><span CLASS=\"hover:mud-c\"></span></div>");
        Assert.Equal(["hover:mud-c", "mud-a", "mud-b", "x"], classes.Order());
    }

    [Fact]
    public void Text_inside_the_pages_style_elements_is_not_markup()
    {
        var classes = CssSubset.ClassesIn("<style data-href=\"app.css\">[class=\"from-css\"]{top:0}</style><div class=\"real\"></div>");
        Assert.Equal(["real"], classes);
    }
}
