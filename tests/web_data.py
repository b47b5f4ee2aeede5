"""A hostile article for the web app's tests: text from the web that carries markup, written
for onrecord. Every page must show it as text; none of it may run or become an element."""

from __future__ import annotations

HOSTILE_MARKUP = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "javascript:alert(3)",
    "</textarea>",
    "<b>bold claim</b>",
)

HOSTILE = {
    "id": "hostile-1",
    "url": "javascript:alert(3)",
    "outlet": "Injector <script>alert(4)</script> Weekly",
    "date": "2024-05-02",
    "title": "Council row over <script>alert(1)</script> website",
    "text": (
        "Council row over website code\n\n"
        "Harriet Okonjo, the council's head of digital services, said the old site had been "
        "defaced with the line <script>alert(1)</script> and an image tag "
        "<img src=x onerror=alert(2)> before it was taken down.\n\n"
        "\u201cSomeone pasted <b>bold claim</b> and a javascript:alert(3) link into the "
        "comments box, then closed it with </textarea> so the page broke,\u201d Okonjo told "
        "reporters on Thursday.\n\n"
        "\u201cNothing they typed ever ran on our servers,\u201d she said.\n"
    ),
}
