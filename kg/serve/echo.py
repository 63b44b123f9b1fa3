"""Client input quoted in an error message as inert text: never markup, never a second line.

Error bodies are ``text/plain`` and sent with ``nosniff``; percent-encoding what they echo as well means
that even a client that renders them as HTML, or a log that splits lines, sees only text.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\"'<>&\\\\`\u2028\u2029]")


def echo(text: str, limit: int = 300) -> str:
    """The text with markup and control characters percent-encoded, cut to a limit.

    >>> echo("https://w3id.org/hksh/id/<script>alert('x')</script>\\r\\nSet-Cookie: a")
    'https://w3id.org/hksh/id/%3Cscript%3Ealert(%27x%27)%3C/script%3E%0D%0ASet-Cookie: a'
    """
    shown = _UNSAFE.sub(lambda match: "".join(f"%{byte:02X}" for byte in match.group(0).encode()), text)
    return shown if len(shown) <= limit else shown[:limit] + "…"
