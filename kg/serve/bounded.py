"""uvicorn's httptools protocol, with a bound on the request head as it arrives and the security headers
on the answers it writes itself.

httptools buffers a header line of any length until it ends, so :class:`kg.serve.guard.HeaderLimit` can
only refuse a 20 MB header once all of it is in memory, and a head that never ends is never refused. This
protocol answers 431 and closes the connection as soon as the header section of a head still being read
passes twice the header limit (the margin covers the ``: `` and CRLF around each field, which the precise
count leaves out): memory per connection stays bounded. The request line's URL is not counted.
"""

from __future__ import annotations

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from kg.serve.guard import MAX_HEADER_BYTES
from kg.serve.policy import SECURITY_HEADERS

MAX_HEAD_BYTES = 2 * MAX_HEADER_BYTES


class BoundedHeadProtocol(HttpToolsProtocol):
    """Counts the bytes of each request head while it is incomplete."""

    _reading_head = True
    _head_bytes = 0

    def data_received(self, data: bytes) -> None:
        if self._reading_head:
            self._head_bytes += len(data)
        super().data_received(data)
        if (self._reading_head and self._head_bytes - len(getattr(self, "url", b"")) > MAX_HEAD_BYTES
                and not self.transport.is_closing()):
            self.logger.info("%s:%d - request head still growing past %d bytes: 431", *(self.client or ("-", 0)),
                             MAX_HEAD_BYTES)
            self._refuse(431, f"Request header fields too large: over {MAX_HEAD_BYTES} bytes.")

    def on_headers_complete(self) -> None:
        self._reading_head = False
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._reading_head, self._head_bytes = True, 0

    def send_400_response(self, msg: str) -> None:
        self._refuse(400, msg)

    def _refuse(self, status: int, message: str) -> None:
        body = (message + "\n").encode()
        head = [STATUS_LINE[status], *(name + b": " + value + b"\r\n" for name, value in
                                       [*self.server_state.default_headers, *SECURITY_HEADERS,
                                        (b"content-type", b"text/plain; charset=utf-8"),
                                        (b"content-length", str(len(body)).encode()), (b"connection", b"close")])]
        self.transport.write(b"".join([*head, b"\r\n", body]))
        self.transport.close()
