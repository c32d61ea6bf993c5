from django.shortcuts import render
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe as safe

ICON = "<svg class='icon'><use href='#star'/></svg>"


def post_detail(request, post):
    title = safe(f"<h1>{post.title}</h1>")  # expect: PA313 "marks a string built with an f-string as safe HTML"
    body = safe(post.rendered_body)  # expect: PA313 "not a literal"
    icon = safe(ICON)
    divider = safe("<hr class='divider'>")
    byline = format_html("<p>by {}</p>", post.author)
    tags = format_html("<ul>" + post.tag_markup + "</ul>")  # expect: PA313 "format string built with concatenation"
    items = format_html_join("\n", "<li>{}</li>", ((t,) for t in post.tags))
    return render(request, "blog/post.html", {"title": title, "body": body, "icon": icon, "divider": divider,
                                               "byline": byline, "tags": tags, "items": items})
